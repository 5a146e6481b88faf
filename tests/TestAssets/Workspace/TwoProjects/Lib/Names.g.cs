namespace Fixture.Lib;

internal static class Names
{
    public static string Format(string name) => "Hello, " + name;
}
