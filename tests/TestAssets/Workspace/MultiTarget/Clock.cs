namespace Fixture.MultiTarget;

public sealed class Clock
{
#if NET10_0_OR_GREATER
    public string Runtime => "net10";
#else
    public string Runtime => "older";
#endif
}
