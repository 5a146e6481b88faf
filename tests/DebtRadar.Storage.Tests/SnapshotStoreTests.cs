using DebtRadar.Storage.TestHost;

namespace DebtRadar.Storage.Tests;

public sealed class SnapshotStoreTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 9, 30, 15, TimeSpan.FromHours(2));

    [Fact]
    public void Write_ThenRead_ReturnsTheSameScanAndMetadata()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var scan = SyntheticScans.Create(seed: 7, files: 30);
        var meta = SyntheticScans.Metadata(Day.AddTicks(1234), "abc123");

        var written = store.Write(scan, meta);
        var read = store.Read(written.Id);

        Assert.NotNull(read);
        Assert.Equal(Json.Of(scan), Json.Of(read.Scan));
        Assert.Equal(Json.Of(meta), Json.Of(read.Info.Metadata));
        Assert.Equal(meta.Timestamp, read.Info.Metadata.Timestamp);
        Assert.Equal(meta.Timestamp.Offset, read.Info.Metadata.Timestamp.Offset);
        Assert.Equal(scan.Target, read.Info.Target);
        Assert.Equal(scan.RepositoryRoot, read.Info.RepositoryRoot);
    }

    [Fact]
    public void Write_Totals_MatchTheFilesRecomputedIndependently()
    {
        using var temp = new TempFolder();
        var scan = SyntheticScans.Create(seed: 11, files: 25);

        var info = new SnapshotStore(temp.Db).Write(scan, SyntheticScans.Metadata(Day));

        var expected = Totals.Of(scan.Projects.SelectMany(p => p.Files));
        Assert.Equal(expected, (info.Totals.Files, info.Totals.Members, info.Totals.Loc, info.Totals.CyclomaticTotal, info.Totals.CognitiveTotal, info.Totals.WorstMi));
        var members = scan.Projects.SelectMany(p => p.Files).SelectMany(f => f.Members).ToList();
        Assert.Equal(members.Average(m => m.Metrics.MaintainabilityIndex), info.Totals.MiAverage!.Value, 12);
        Assert.Equal(members.Average(m => m.Metrics.Coupling), info.Totals.CouplingAverage!.Value, 12);
        Assert.Equal(scan.Projects.Select(p => p.Name), info.Projects.Select(p => p.Name));
        Assert.Equal(scan.Projects.Select(p => p.Files.Length), info.Projects.Select(p => p.Totals.Files));
    }

    [Fact]
    public void List_SnapshotsWrittenOutOfDateOrder_AreOrderedByTheirDate()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var today = store.Write(SyntheticScans.Create(1), SyntheticScans.Metadata(Day));
        var older = store.Write(SyntheticScans.Create(2), SyntheticScans.Metadata(Day.AddDays(-3), "c2"));
        var oldest = store.Write(SyntheticScans.Create(3), SyntheticScans.Metadata(Day.AddDays(-9), "c3"));

        var list = store.List();

        Assert.Equal([oldest.Id, older.Id, today.Id], list.Select(s => s.Id));
        Assert.Equal(today.Id, store.Latest()!.Id);
        Assert.Equal(older.Id, store.Previous(today)!.Id);
        Assert.Null(store.Previous(oldest));
    }

    [Fact]
    public void Previous_OtherTargetsInBetween_AreSkipped()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var first = store.Write(SyntheticScans.Create(1, target: "A.sln"), SyntheticScans.Metadata(Day));
        store.Write(SyntheticScans.Create(2, target: "B.sln"), SyntheticScans.Metadata(Day.AddHours(1)));
        var second = store.Write(SyntheticScans.Create(3, target: "A.sln"), SyntheticScans.Metadata(Day.AddHours(2)));

        Assert.Equal(first.Id, store.Previous(second)!.Id);
        Assert.Equal(second.Id, store.Latest("A.sln")!.Id);
        Assert.Null(store.Latest("C.sln"));
    }

    [Fact]
    public void WriteAndFindPrevious_OtherTargetsAndOlderDates_PreviousIsWhatPreviousReturns()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var (first, none) = store.WriteAndFindPrevious(SyntheticScans.Create(1, target: "A.sln"), SyntheticScans.Metadata(Day));
        store.Write(SyntheticScans.Create(2, target: "B.sln"), SyntheticScans.Metadata(Day.AddHours(1)));
        var (second, afterFirst) = store.WriteAndFindPrevious(SyntheticScans.Create(3, target: "A.sln"), SyntheticScans.Metadata(Day.AddHours(2)));

        // Dated before both: it sorts first, so nothing of its target comes before it.
        var (backdated, beforeBackdated) = store.WriteAndFindPrevious(SyntheticScans.Create(4, target: "A.sln"), SyntheticScans.Metadata(Day.AddDays(-1)));

        Assert.Null(none);
        Assert.Equal(first.Id, afterFirst!.Id);
        Assert.Equal(Json.Of(store.Previous(second)), Json.Of(afterFirst));
        Assert.Null(beforeBackdated);
        Assert.Null(store.Previous(backdated));
        Assert.Equal(Json.Of(store.Find(second.Id)), Json.Of(second));
    }

    [Fact]
    public void HasCommit_RecordedAndUnrecordedCommits_AreTold()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        store.Write(SyntheticScans.Create(1, target: "A.sln"), SyntheticScans.Metadata(Day, "c1"));

        Assert.True(store.HasCommit("A.sln", "c1"));
        Assert.False(store.HasCommit("A.sln", "c2"));
        Assert.False(store.HasCommit("B.sln", "c1"));
    }

    [Fact]
    public void Read_UnknownId_ReturnsNull()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        store.Write(SyntheticScans.Create(1), SyntheticScans.Metadata(Day));

        Assert.Null(store.Read(99));
        Assert.Null(store.Find(99));
    }

    [Fact]
    public void List_NoDatabaseYet_IsEmptyAndCreatesNothing()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);

        Assert.Empty(store.List());
        Assert.Empty(store.Trend(TrendScope.Solution));
        Assert.False(File.Exists(temp.Db));
    }

    [Fact]
    public void Write_SharedFiles_StoresEachResultOnce()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var scan = SyntheticScans.Create(seed: 5, files: 20);

        store.Write(scan, SyntheticScans.Metadata(Day));
        var afterFirst = CountResults(store);
        store.Write(scan, SyntheticScans.Metadata(Day.AddDays(1)));

        Assert.Equal(scan.Projects.Sum(p => p.Files.Length), afterFirst);
        Assert.Equal(afterFirst, CountResults(store));
    }

    [Fact]
    public void Write_AfterPruneOfTheNewest_NeverReusesAnId()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        store.Write(SyntheticScans.Create(1), SyntheticScans.Metadata(Day));
        var newest = store.Write(SyntheticScans.Create(2), SyntheticScans.Metadata(Day.AddDays(1)));
        store.Prune(keep: null, olderThan: Day.AddDays(2));

        var next = store.Write(SyntheticScans.Create(3), SyntheticScans.Metadata(Day.AddDays(3)));

        Assert.True(next.Id > newest.Id);
    }

    /// <summary>Distinct results of synthetic scans with seeds 0..count-1 (each file's content is unique per seed here).</summary>
    internal static int CountResultsBefore(int count, int files) =>
        Enumerable.Range(0, count).SelectMany(i => SyntheticScans.Create(i, files).Projects.SelectMany(p => p.Files)).Select(f => f.ContentHash).Distinct().Count();

    internal static int CountResults(SnapshotStore store) =>
        store.File.Read(db => db.GetCollection(StoreCollections.Results).Count(), CancellationToken.None);
}
