using DebtRadar.Tui.Text;

namespace DebtRadar.Tui.Tests.Text;

public sealed class WordWrapTests
{
    [Fact]
    public void Lines_LongLine_BreaksAtSpacesKeepingIndent()
    {
        Assert.Equal(["  see: one", "  two three"], WordWrap.Lines("  see: one two three", 11));
    }

    [Fact]
    public void Lines_WordLongerThanWidth_Cut()
    {
        Assert.Equal(["abcd", "efgh"], WordWrap.Lines("abcdefgh", 4));
    }

    [Fact]
    public void Lines_Fits_Unchanged()
    {
        Assert.Equal(["short"], WordWrap.Lines("short", 10));
    }
}
