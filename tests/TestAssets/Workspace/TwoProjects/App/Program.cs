using Fixture.Lib;

namespace Fixture.App;

public static class Program
{
    public static int Main()
    {
        var greeter = new Greeter("world");
#if FIXTURE_APP
        return greeter.Greet().Length;
#else
        return 0;
#endif
    }
}
