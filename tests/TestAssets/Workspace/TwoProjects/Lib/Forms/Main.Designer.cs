namespace Fixture.Lib.Forms;

internal sealed partial class Main
{
    private int _components;
}
