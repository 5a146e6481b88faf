using DebtRadar.Core.Debt;
using DebtRadar.Storage;
using DebtRadar.Tui.ViewModels;

namespace DebtRadar.Tui.Tests.ViewModels;

public sealed class TrendsViewModelTests
{
    [Fact]
    public void Points_TwoSnapshots_FindingsAddedAndFixedByFingerprint()
    {
        var first = Sample.View(1, Sample.Shop());
        var second = Sample.View(2, Sample.Shop(withInvoiceFinding: false));

        var model = new TrendsViewModel([first, second], [], null);

        Assert.True(model.HasTrend);
        Assert.Equal((null, null), (model.Points[0].Added, model.Points[0].Fixed));
        Assert.Equal((0, 1), (model.Points[1].Added, model.Points[1].Fixed));
        Assert.Equal([70.0, 60], model.Points.Select(p => p.DebtMinutes));
        Assert.Equal([3, 2], model.Points.Select(p => p.Findings));
    }

    [Fact]
    public void Render_OneSnapshot_ExplainsASecondIsNeeded()
    {
        var model = new TrendsViewModel([Sample.View(1, Sample.Shop())], [], null);

        var lines = model.Render(80, 24);

        Assert.False(model.HasTrend);
        Assert.Contains("One snapshot only: a trend needs a second one.", lines);
        Assert.Contains(lines, l => l.Contains("debtradar backfill", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoSnapshot_PointsToScan()
    {
        var lines = new TrendsViewModel([], [], null).Render(80, 24);

        Assert.Equal(["No snapshot yet: run `debtradar scan <solution>` first."], lines);
    }

    [Fact]
    public void Render_SelectedFile_AddsItsChartsFromFileTrend()
    {
        const string path = "src/OrderProcessor.cs";
        var rows = Enumerable.Range(1, 2).Select(id => new TrendRow(id, Sample.Day(id), null, path, new MetricSummary(1, 2, 10, 15, 25, null, null, null, 2, 60 * id)));
        var model = new TrendsViewModel([Sample.View(1, Sample.Shop()), Sample.View(2, Sample.Shop())], rows, path);

        var lines = model.Render(80, 60);

        Assert.Equal(2, model.FileRows.Length);
        Assert.Contains("Debt (hours) — src/OrderProcessor.cs", lines);
        Assert.Contains("Cognitive complexity — src/OrderProcessor.cs", lines);
    }

    [Fact]
    public void Render_Narrow_EveryLineFits()
    {
        var model = new TrendsViewModel([Sample.View(1, Sample.Shop()), Sample.View(2, Sample.Shop(orderDebt: 400))], [], null);

        var lines = model.Render(78, 22);

        Assert.All(lines.Where(l => !l.StartsWith("Findings added", StringComparison.Ordinal)), l => Assert.True(l.Length <= 78, l));
        Assert.Equal(DebtRating.B, model.Points[1].Rating);
    }
}
