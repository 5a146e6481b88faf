using DebtRadar.Core.Debt;
using DebtRadar.Storage;
using DebtRadar.Tui.Data;

namespace DebtRadar.Tui.Tests;

public sealed class DashboardDataTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "debtradar-tui-tests", Guid.NewGuid().ToString("N"));

    private string Db => Path.Combine(_folder, "debtradar.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Snapshots_NoDatabaseFile_EmptyAndNothingCreated()
    {
        var data = new DashboardData(new SnapshotStore(Db), new CostModel());

        Assert.Empty(data.Snapshots);
        Assert.Null(data.View(1));
        Assert.Empty(data.FileTrend("."));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void View_StoredSnapshots_FilesFindingsChurnAndFileTrendRoundTrip()
    {
        var store = new SnapshotStore(Db);
        store.Write(Sample.Shop(orderDebt: 40), Sample.Metadata(Sample.Day(1), "aaa"));
        var second = store.Write(Sample.Shop(orderDebt: 70), Sample.Metadata(Sample.Day(2), "bbb"));

        var data = new DashboardData(store, new CostModel());
        var view = data.View(second.Id);

        Assert.Equal(2, data.Snapshots.Length);
        Assert.NotNull(view);
        Assert.Equal(["src/Constants.cs", "src/Invoice.cs", "src/OrderProcessor.cs"], view.Files.Select(f => f.Path));
        Assert.Equal(90, view.FileDebt["src/OrderProcessor.cs"].RemediationMinutes);
        Assert.Equal(8, view.Churn["src/OrderProcessor.cs"].Revisions);
        var orderTrend = data.FileTrend(".").Where(r => r.Scope == "src/OrderProcessor.cs").Select(r => r.Totals.DebtMinutes).ToList();
        Assert.Equal([60.0, 90], orderTrend);
        Assert.Same(view, data.View(second.Id));
    }

    [Fact]
    public void Refresh_SnapshotWrittenLater_Listed()
    {
        var store = new SnapshotStore(Db);
        var data = new DashboardData(store, new CostModel());
        store.Write(Sample.Shop(), Sample.Metadata(Sample.Day(1), "aaa"));

        Assert.Empty(data.Snapshots);
        data.Refresh();
        Assert.Single(data.Snapshots);
    }
}
