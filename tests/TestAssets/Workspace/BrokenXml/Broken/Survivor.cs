namespace Fixture.Broken;

public sealed class Survivor
{
    public bool StillMeasured() => true;
}
