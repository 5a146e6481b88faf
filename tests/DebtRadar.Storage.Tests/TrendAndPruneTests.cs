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
        Assert.All(solution, r => Assert.Equal((0, 0.0), (r.Totals.Findings, r.Totals.DebtMinutes))); // synthetic scans have no findings
    }

    [Fact]
    public void Trend_FindingsInFilesProjectsAndScan_CountedAndTheirMinutesSummed()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var scan = SyntheticScans.Create(1, files: 3);
        var project = scan.Projects[0];
        var file = project.Files[0] with { Findings = [Finding("DR1001", project.Files[0].Path, 12.5), Finding("DR5001", project.Files[0].Path, 5)] };
        scan = scan with
        {
            Projects = [project with { Files = [file, .. project.Files.Skip(1)], Findings = [Finding("DR1101", file.Path, 30)] }, .. scan.Projects.Skip(1)],
            Findings = [Finding("DR1301", string.Empty, 60)],
        };
        store.Write(scan, SyntheticScans.Metadata(Day, "c1"));

        var totals = Assert.Single(store.Trend(TrendScope.Solution)).Totals;
        var stored = store.Read(store.Latest()!.Id)!.Scan;

        Assert.Equal((4, 107.5), (totals.Findings, totals.DebtMinutes));
        Assert.Equal(2, stored.Projects[0].Files.Single(f => f.Path == file.Path).Findings.Length);
        Assert.Equal("DR1101", Assert.Single(stored.Projects[0].Findings).RuleId);
        Assert.Equal("DR1301", Assert.Single(stored.Findings).RuleId);
    }

    private static DebtRadar.Core.Model.Finding Finding(string rule, string path, double minutes) =>
        new(rule, DebtRadar.Core.Model.FindingSeverity.Warning, "complexity", path, 1, 1, null, null, "m", minutes, rule + path);

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
