using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Storage.TestHost;
using LiteDB;

namespace DebtRadar.Storage.Tests;

/// <summary>A file result larger than one LiteDB document (a type with tens of thousands of members).</summary>
public sealed class LargeResultTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_ResultOverTheDocumentLimit_IsStoredInPartsAndReadBackWhole()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var scan = WithHugeFile(SyntheticScans.Create(seed: 3, files: 5), members: 60_000);
        Assert.True(BsonSerializer.Serialize(Documents.FileResultDocument.Write(HugeFile(scan))).Length > 16_683_050, "the fixture must exceed LiteDB's document limit");

        var written = store.Write(scan, SyntheticScans.Metadata(Day));
        var read = store.Read(written.Id);

        Assert.NotNull(read);
        Assert.Equal(Json.Of(scan.Projects), Json.Of(read.Scan.Projects));
        Assert.Equal(60_000, HugeFile(read.Scan).Members.Length);
        using var db = new LiteDatabase(store.Path);
        Assert.True(db.GetCollection(StoreCollections.ResultParts).Count() > 0);
    }

    [Fact]
    public void Prune_SnapshotWithAPartedResult_RemovesItsParts()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        store.Write(WithHugeFile(SyntheticScans.Create(seed: 3, files: 5), members: 60_000), SyntheticScans.Metadata(Day));
        store.Write(SyntheticScans.Create(seed: 4, files: 5), SyntheticScans.Metadata(Day.AddDays(1)));

        store.Prune(keep: 1, olderThan: null);

        using var db = new LiteDatabase(store.Path);
        Assert.Equal(0, db.GetCollection(StoreCollections.ResultParts).Count());
        Assert.DoesNotContain(db.GetCollection(StoreCollections.Results).FindAll(), d => d.ContainsKey("parts"));
    }

    [Fact]
    public void Write_ScanManifestOverTheDocumentLimit_IsStoredInPartsAndReadBackWhole()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var scan = SyntheticScans.Create(seed: 5, files: 5);
        scan = scan with
        {
            Clones = [.. Enumerable.Range(0, 120_000).Select(i => new CloneGroup(
                [new ClonePlace($"src/Generated/Members{i % 7}.cs", 10 + i, 20 + i), new ClonePlace($"src/Generated/Other{i % 5}.cs", 30 + i, 40 + i)],
                50 + (i % 13),
                $"{i:x16}"))],
        };

        var written = store.Write(scan, SyntheticScans.Metadata(Day));
        var read = store.Read(written.Id);
        store.Write(SyntheticScans.Create(seed: 6, files: 5), SyntheticScans.Metadata(Day.AddDays(1)));
        store.Prune(keep: 1, olderThan: null);

        Assert.NotNull(read);
        Assert.Equal(Json.Of(scan.Clones), Json.Of(read.Scan.Clones));
        using var db = new LiteDatabase(store.Path);
        Assert.Equal(0, db.GetCollection(StoreCollections.ResultParts).Count()); // pruned with its snapshot
    }

    private static FileResult HugeFile(ScanResult scan) => scan.Projects[0].Files[0];

    private static ScanResult WithHugeFile(ScanResult scan, int members)
    {
        var first = scan.Projects[0].Files[0];
        var type = first.Types[0].Name;
        var huge = first with
        {
            Members = [.. Enumerable.Range(0, members).Select(i => new MemberResult(
                type, $"Member{i}(int, string, System.Collections.Generic.IReadOnlyList<int>)", MemberKind.Method, 10 + i, 10 + i, 10 + i,
                new MemberMetrics(1 + (i % 7), i % 11, 1, 1, 1, 3, i % 4, 12.5 + i, new HalsteadMetrics(3, 4, 5, 6), 80 - (i % 30), i % 5)))],
        };
        var project = scan.Projects[0] with { Files = scan.Projects[0].Files.SetItem(0, huge) };
        return scan with { Projects = scan.Projects.SetItem(0, project) };
    }
}
