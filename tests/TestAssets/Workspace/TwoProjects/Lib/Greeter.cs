namespace Fixture.Lib;

public sealed class Greeter(string name)
{
    public string Greet() => Names.Format(name);
}
