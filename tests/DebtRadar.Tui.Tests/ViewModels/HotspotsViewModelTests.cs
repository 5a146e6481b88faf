using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.Storage;
using DebtRadar.Tui.ViewModels;

namespace DebtRadar.Tui.Tests.ViewModels;

public sealed class HotspotsViewModelTests
{
    private static HotspotsViewModel Model(IEnumerable<TrendRow>? trend = null) => new(Sample.View(3, Sample.Shop()), trend ?? []);

    [Fact]
    public void Rows_Default_RankedByStoredHotspotScore()
    {
        var model = Model();

        Assert.Equal(["src/OrderProcessor.cs", "src/Invoice.cs", "src/Constants.cs"], model.Rows.Select(r => r.Path));
        Assert.Equal([1.0, 0.04, 0], model.Rows.Select(r => r.Score));
    }

    [Fact]
    public void Rows_FileWithFindings_CarriesDebtAndRatingOfItsFindings()
    {
        var order = Model().Rows[0];

        // 40 + 20 minutes over 10 lines at 30 min/line: ratio 0.2, rating C.
        Assert.Equal(60, order.DebtMinutes);
        Assert.Equal(2, order.Findings);
        Assert.Equal(DebtRating.C, order.Rating);
        Assert.Equal(25, order.Cognitive);
        Assert.Equal(8 * 10 + 8 * 2, order.Churn);
    }

    [Fact]
    public void SortBy_SameColumnTwice_FlipsDirection()
    {
        var model = Model();

        model.SortBy(HotspotColumn.Debt);
        Assert.Equal([60.0, 10, 0], model.Rows.Select(r => r.DebtMinutes));
        model.SortBy(HotspotColumn.Debt);
        Assert.Equal([0.0, 10, 60], model.Rows.Select(r => r.DebtMinutes));
        Assert.False(model.Descending);
    }

    [Fact]
    public void SortBy_Name_AscendingOrdinal()
    {
        var model = Model();

        model.SortBy(HotspotColumn.Name);

        Assert.Equal(["src/Constants.cs", "src/Invoice.cs", "src/OrderProcessor.cs"], model.Rows.Select(r => r.Path));
        Assert.Equal("sort: name ▲", model.SortText);
    }

    [Fact]
    public void NextSort_FromScore_WrapsToName()
    {
        var model = Model();

        model.NextSort();

        Assert.Equal(HotspotColumn.Name, model.SortColumn);
    }

    [Fact]
    public void SetFilter_Substring_MatchesCaseInsensitivelyAndKeepsTotal()
    {
        var model = Model();

        model.SetFilter("INVO");

        Assert.Equal(["src/Invoice.cs"], model.Rows.Select(r => r.Path));
        Assert.Equal(3, model.Total);
        model.SetFilter(string.Empty);
        Assert.Equal(3, model.Rows.Length);
    }

    [Fact]
    public void SetFilter_NoMatch_NoRowsAndEmptyDetail()
    {
        var model = Model();

        model.SetFilter("zzz");

        Assert.Empty(model.Rows);
        Assert.Equal(string.Empty, model.Detail(0));
    }

    [Fact]
    public void ToggleLevel_Members_ScoresFileRevisionsTimesMemberCognitive()
    {
        var model = Model();

        model.ToggleLevel();

        Assert.Equal(HotspotLevel.Members, model.Level);
        Assert.Equal(["Shop.OrderProcessor.Route(int)", "Shop.Invoice.Total(decimal[])", "Shop.OrderProcessor.Load()"], model.Rows.Select(r => r.Member));
        // Normalised by the largest revisions (8) and cognitive (25) over members.
        Assert.Equal(2.0 / 8 * 4 / 25, model.Rows[1].Score, 6);
        Assert.Equal(10, model.Rows[0].Line);
    }

    [Fact]
    public void ToggleLevel_Members_FilterAppliesToMemberNames()
    {
        var model = Model();
        model.ToggleLevel();

        model.SetFilter("load");

        Assert.Equal(["Shop.OrderProcessor.Load()"], model.Rows.Select(r => r.Member));
    }

    [Fact]
    public void Detail_Selected_NamesWorstMemberFindingsAndOwnership()
    {
        var detail = Model().Detail(0);

        Assert.Contains("worst member Route(int) cog 25", detail, StringComparison.Ordinal);
        Assert.Contains("2 findings", detail, StringComparison.Ordinal);
        Assert.Contains("8 revisions · 3 authors, main 75%", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_FileWithHealth_ShowsScoreBandAndLargestFactor()
    {
        var scan = Sample.Shop();
        var files = scan.Projects[0].Files;
        var index = files.IndexOf(files.Single(f => f.Path == "src/OrderProcessor.cs"));
        var order = files[index] with { Health = 3.6, HealthFactors = [new HealthFactor("complex-method", 2.5, "Route(int): cc 14"), new HealthFactor("nesting", 0.5, "Route(int): 4")] };
        scan = scan with { Projects = [scan.Projects[0] with { Files = files.SetItem(index, order) }] };

        var detail = new HotspotsViewModel(Sample.View(3, scan), []).Detail(0);

        Assert.Contains("health 3.6 (red, mostly complex-method)", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("health", Model().Detail(0), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_StoredFileTrend_SparklineOfDebtUpToTheShownSnapshot()
    {
        const string order = "src/OrderProcessor.cs";
        TrendRow Row(int snapshot, double debt) => new(snapshot, Sample.Day(snapshot), null, order, new MetricSummary(1, 1, 10, 1, 1, null, null, null, 1, debt));

        // Snapshot 4 comes after the one shown (3): it is not part of the sparkline.
        var model = Model([Row(1, 10), Row(2, 30), Row(3, 60), Row(4, 0)]);

        Assert.Equal("▁▄█", model.Rows.Single(r => r.Path == order).Trend);
    }

    [Fact]
    public void HasChurn_SnapshotWithoutHistory_False()
    {
        var scan = Sample.Shop() with { Churn = [] };

        var model = new HotspotsViewModel(Sample.View(1, scan), []);

        Assert.False(model.HasChurn);
        Assert.All(model.Rows, r => Assert.Equal(0, r.Score));
    }
}
