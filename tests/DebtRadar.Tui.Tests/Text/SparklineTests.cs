using DebtRadar.Tui.Text;

namespace DebtRadar.Tui.Tests.Text;

public sealed class SparklineTests
{
    [Fact]
    public void Of_RisingSeries_LowestToHighestBlock()
    {
        Assert.Equal("▁▂▃▄▅▆▇█", Sparkline.Of([0, 1, 2, 3, 4, 5, 6, 7]));
    }

    [Fact]
    public void Of_FlatSeries_Bottom()
    {
        Assert.Equal("▁▁▁", Sparkline.Of([5, 5, 5]));
    }

    [Fact]
    public void Of_Missing_GapAndLongSeriesKeepsNewest()
    {
        Assert.Equal("▁ █", Sparkline.Of([0, null, 10]));
        Assert.Equal("▁█", Sparkline.Of([9, 9, 0, 10], width: 2));
    }

    [Fact]
    public void Of_NoValue_Empty()
    {
        Assert.Equal(string.Empty, Sparkline.Of([null, null]));
    }
}
