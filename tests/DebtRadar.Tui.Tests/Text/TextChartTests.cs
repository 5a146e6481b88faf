using System.Globalization;
using DebtRadar.Tui.Text;

namespace DebtRadar.Tui.Tests.Text;

public sealed class TextChartTests
{
    private static string Format(double v) => v.ToString("0", CultureInfo.InvariantCulture);

    [Fact]
    public void Render_TwoPoints_FullColumnForMaximumEmptyForZero()
    {
        var lines = TextChart.Render("Debt", [0, 10], ["2026-01-01", "2026-02-01"], 40, 2, Format);

        Assert.Equal("Debt", lines[0]);
        // Rows top to bottom: the zero column is blank, the maximum column full in both rows.
        Assert.Equal("10 │   ██", lines[1]);
        Assert.Equal(" 0 │   ██", lines[2]);
        Assert.StartsWith("   └", lines[3], StringComparison.Ordinal);
        Assert.Equal("    2026-01-01 2026-02-01", lines[4]);
    }

    [Fact]
    public void Render_HalfValue_PartialBlockOnTop()
    {
        var lines = TextChart.Render("x", [8, 3], ["a", "b"], 40, 1, Format, floor: 0);

        // 3 of 8 in one row is 3 eighths: '▃'.
        Assert.Equal("8 │██ ▃▃", lines[1]);
    }

    [Fact]
    public void Render_MorePointsThanRoom_NewestShownWithinWidth()
    {
        var values = Enumerable.Range(1, 100).Select(v => (double?)v).ToList();
        var labels = values.Select(v => v!.Value.ToString(CultureInfo.InvariantCulture)).ToList();

        var lines = TextChart.Render("many", values, labels, 30, 3, Format);

        Assert.All(lines, l => Assert.True(l.Length <= 30, l));
        Assert.EndsWith("100", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PositiveValues_AxisStartsBelowTheLowestSoChangeShows()
    {
        var lines = TextChart.Render("debt", [100, 110], ["a", "b"], 40, 2, Format);

        // Floor 100 − 10 × 0.25 − 110 × 0.01 = 96.4: the first bar is half a row, the second full.
        Assert.Equal("110 │   ██", lines[1]);
        Assert.Equal(" 96 │▄▄ ██", lines[2]);
    }

    [Fact]
    public void Render_NoValue_SaysSo()
    {
        Assert.Equal(["t", "  (no data)"], TextChart.Render("t", [null], ["a"], 30, 3, Format));
    }

    [Fact]
    public void Render_FixedAxis_UsesFloorAndCeiling()
    {
        var lines = TextChart.Render("rating", [1], ["a"], 30, 1, v => v.ToString("0", CultureInfo.InvariantCulture), floor: 0, ceiling: 4);

        // 1 of 4 in one row is 2 eighths.
        Assert.Equal("4 │▂▂", lines[1]);
    }
}
