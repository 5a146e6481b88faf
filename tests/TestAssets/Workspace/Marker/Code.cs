namespace Fixture.Marker;

public static class Code
{
    public static int One() => 1;
}
