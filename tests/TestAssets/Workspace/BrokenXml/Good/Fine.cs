namespace Fixture.Good;

public sealed class Fine
{
    public int Answer() => 42;
}
