using DebtRadar.Storage.Schema;
using DebtRadar.Storage.TestHost;
using LiteDB;

namespace DebtRadar.Storage.Tests;

public sealed class MigrationTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_Version1File_MigratesToCurrentWithFileTotals()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var scans = Enumerable.Range(0, 3).Select(i => SyntheticScans.Create(i, files: 15)).ToList();
        foreach (var (scan, i) in scans.Select((s, i) => (s, i)))
        {
            store.Write(scan, SyntheticScans.Metadata(Day.AddDays(i)));
        }

        var expected = Json.Of(store.Trend(TrendScope.File));
        var stripped = MakeVersion1(store);

        var migrated = new SnapshotStore(temp.Db);
        var trend = migrated.Trend(TrendScope.File);

        Assert.True(stripped > 0);
        Assert.Equal(SchemaVersion.Current, ReadVersion(migrated));
        Assert.Equal(expected, Json.Of(trend));
        Assert.Equal(scans.Sum(s => s.Projects.Sum(p => p.Files.Length)), trend.Length);
        Assert.Equal(Json.Of(scans[2]), Json.Of(migrated.Read(migrated.Latest()!.Id)!.Scan));
    }

    [Fact]
    public void Open_Version1FileWithAMissingResult_IsCorruptAndKeepsVersion1()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        store.Write(SyntheticScans.Create(1, files: 10), SyntheticScans.Metadata(Day));
        MakeVersion1(store);
        using (var raw = new LiteDatabase(temp.Db))
        {
            // Raw access: a store session would migrate before the damage is done.
            var results = raw.GetCollection(StoreCollections.Results);
            results.Delete(results.FindAll().First()["_id"]);
        }

        var error = Assert.Throws<StorageException>(() => new SnapshotStore(temp.Db).List());

        Assert.Equal(StorageErrorKind.Corrupt, error.Kind);
        using var db = new LiteDatabase(temp.Db);
        Assert.Equal(1, db.GetCollection(SchemaVersion.MetaCollection).FindById(SchemaVersion.SchemaId)["version"].AsInt32);
    }

    /// <summary>Rewrites a current file into the version 1 layout: manifest entries without totals.</summary>
    private static int MakeVersion1(SnapshotStore store)
    {
        using var db = new LiteDatabase(store.Path);
        var manifests = db.GetCollection(StoreCollections.Manifests);
        var stripped = 0;
        foreach (var doc in manifests.FindAll().ToList().Where(d => d.ContainsKey("files")))
        {
            foreach (var entry in doc["files"].AsArray)
            {
                stripped += entry.AsDocument.Remove("s") ? 1 : 0;
            }

            manifests.Update(doc);
        }

        var meta = db.GetCollection(SchemaVersion.MetaCollection).FindById(SchemaVersion.SchemaId);
        meta["version"] = 1;
        db.GetCollection(SchemaVersion.MetaCollection).Update(meta);
        return stripped;
    }

    private static int ReadVersion(SnapshotStore store)
    {
        using var db = new LiteDatabase(store.Path);
        return db.GetCollection(SchemaVersion.MetaCollection).FindById(SchemaVersion.SchemaId)["version"].AsInt32;
    }
}
