using DebtRadar.Storage.TestHost;

namespace DebtRadar.Storage.Tests;

public sealed class TrendAndPruneTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Trend_ByScope_OneRowPerSnapshotProjectOrFile()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var scans = new[] { SyntheticScans.Create(1, files: 12), SyntheticScans.Create(2, files: 15) };
        store.Write(scans[1], SyntheticScans.Metadata(Day.AddDays(1), "c2"));
        store.Write(scans[0], SyntheticScans.Metadata(Day, "c1"));

        var solution = store.Trend(TrendScope.Solution);
        var projects = store.Trend(TrendScope.Project);
        var files = store.Trend(TrendScope.File);

        Assert.Equal(["c1", "c2"], solution.Select(r => r.Commit));
        Assert.Equal(scans.Sum(s => s.Projects.Length), projects.Length);
        Assert.Equal(scans.Sum(s => s.Projects.Sum(p => p.Files.Length)), files.Length);
        var file = scans[0].Projects[0].Files[0];
        var row = files.Single(r => r.Commit == "c1" && r.Scope == file.Path);
        Assert.Equal(Totals.Of([file]), (row.Totals.Files, row.Totals.Members, row.Totals.Loc, row.Totals.CyclomaticTotal, row.Totals.CognitiveTotal, row.Totals.WorstMi));
        Assert.Equal(
            files.Where(r => r.Commit == "c2").Sum(r => r.Totals.CyclomaticTotal),
            solution.Single(r => r.Commit == "c2").Totals.CyclomaticTotal);
        Assert.All(solution, r => Assert.Null(r.Totals.DebtMinutes));
    }

    [Fact]
    public void Prune_KeepTwo_RemovesOlderSnapshotsAndTheirUnsharedResults()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        for (var i = 0; i < 5; i++)
        {
            store.Write(SyntheticScans.Create(i, files: 10), SyntheticScans.Metadata(Day.AddDays(i)));
        }

        var kept = store.List().TakeLast(2).ToList();
        var expectedResults = kept.Select(s => store.Read(s.Id)!).SelectMany(s => s.Scan.Projects.SelectMany(p => p.Files)).Select(f => f.ContentHash).Distinct().Count();

        var result = store.Prune(keep: 2, olderThan: null);

        Assert.Equal(new PruneResult(3, SnapshotStoreTests.CountResultsBefore(5, 10) - expectedResults, 2), result);
        Assert.Equal(kept.Select(s => s.Id), store.List().Select(s => s.Id));
        Assert.Equal(expectedResults, SnapshotStoreTests.CountResults(store));
        Assert.All(kept, s => Assert.NotNull(store.Read(s.Id)));
    }

    [Fact]
    public void Prune_ByAge_KeepsSharedResultsOfNewerSnapshots()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var shared = SyntheticScans.Create(7, files: 10);
        store.Write(shared, SyntheticScans.Metadata(Day));
        var newer = store.Write(shared, SyntheticScans.Metadata(Day.AddDays(30)));

        var result = store.Prune(keep: null, olderThan: Day.AddDays(10));

        Assert.Equal(new PruneResult(1, 0, 1), result);
        Assert.Equal(Json.Of(shared), Json.Of(store.Read(newer.Id)!.Scan));
    }
}
