using System.Security.Cryptography;
using DebtRadar.Storage.Schema;
using DebtRadar.Storage.TestHost;
using LiteDB;

namespace DebtRadar.Storage.Tests;

public sealed class DatabaseIntegrityTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_TextFile_IsNotADatabaseAndLeftUntouched()
    {
        using var temp = new TempFolder();
        var path = temp.File("notes.db");
        File.WriteAllText(path, "These are my notes, not a database.\n");

        var error = AssertFailsUntouched(path, s => s.Write(SyntheticScans.Create(1), SyntheticScans.Metadata(Day)));

        Assert.Equal(StorageErrorKind.NotADatabase, error.Kind);
        Assert.Contains("not a DebtRadar database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyFile_IsNotADatabaseAndLeftUntouched()
    {
        using var temp = new TempFolder();
        var path = temp.File("empty.db");
        File.WriteAllBytes(path, []);

        var error = AssertFailsUntouched(path, s => s.Write(SyntheticScans.Create(1), SyntheticScans.Metadata(Day)));

        Assert.Equal(StorageErrorKind.NotADatabase, error.Kind);
    }

    [Fact]
    public void Open_LiteDbFileOfAnotherApplication_IsNotADatabaseAndLeftUntouched()
    {
        using var temp = new TempFolder();
        var path = temp.File("other.db");
        using (var db = new LiteDatabase(path))
        {
            db.GetCollection("customers").Insert(new BsonDocument { ["name"] = "Ada" });
        }

        var error = AssertFailsUntouched(path, s => s.Write(SyntheticScans.Create(1), SyntheticScans.Metadata(Day)));

        Assert.Equal(StorageErrorKind.NotADatabase, error.Kind);
        Assert.Contains("another application", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NewerSchema_IsRefusedAndLeftUntouched()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        store.Write(SyntheticScans.Create(1), SyntheticScans.Metadata(Day));
        store.File.Write(
            db =>
            {
                var meta = db.GetCollection(SchemaVersion.MetaCollection).FindById(SchemaVersion.SchemaId);
                meta["version"] = SchemaVersion.Current + 1;
                return db.GetCollection(SchemaVersion.MetaCollection).Update(meta);
            },
            CancellationToken.None);

        var error = AssertFailsUntouched(temp.Db, s => s.List());

        Assert.Equal(StorageErrorKind.NewerSchema, error.Kind);
        Assert.Contains($"schema version {SchemaVersion.Current + 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TruncatedFile_IsCorruptAndLeftUntouched()
    {
        using var temp = new TempFolder();
        WriteSome(temp.Db);
        var bytes = File.ReadAllBytes(temp.Db);
        File.WriteAllBytes(temp.Db, bytes[..(bytes.Length / 2 + 100)]);

        var error = AssertFailsUntouched(temp.Db, s => s.List());

        Assert.Equal(StorageErrorKind.Corrupt, error.Kind);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_GarbageOverDataPages_IsCorruptAndLeftUntouched(int seed)
    {
        using var temp = new TempFolder();
        WriteSome(temp.Db);
        var bytes = File.ReadAllBytes(temp.Db);
        var rng = new Random(seed);
        // Every page after the header: their page headers and contents become noise.
        for (var page = 1; page < bytes.Length / 8192; page++)
        {
            rng.NextBytes(bytes.AsSpan(page * 8192, 8192));
        }

        File.WriteAllBytes(temp.Db, bytes);

        var error = AssertFailsUntouched(temp.Db, s =>
        {
            foreach (var snapshot in s.List())
            {
                s.Read(snapshot.Id);
            }
        });

        Assert.Equal(StorageErrorKind.Corrupt, error.Kind);
    }

    [Fact]
    public void Read_MissingDatabase_IsMissingAndCreatesNothing()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);

        var error = Assert.Throws<StorageException>(() => store.File.Read(_ => 0, CancellationToken.None));

        Assert.Equal(StorageErrorKind.Missing, error.Kind);
        Assert.False(File.Exists(temp.Db));
    }

    [Fact]
    public void Write_NewDatabase_LeavesOnlyTheDatabaseAndItsLock()
    {
        using var temp = new TempFolder();

        new SnapshotStore(temp.Db).Write(SyntheticScans.Create(1), SyntheticScans.Metadata(Day));

        var files = Directory.GetFiles(Path.GetDirectoryName(temp.Db)!).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["debtradar.db", "debtradar.db.lock"], files);
    }

    [Fact]
    public void Write_LockHeldElsewhere_FailsAsBusyAfterTheTimeout()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db, new StoreOptions(TimeSpan.FromMilliseconds(300)));
        store.EnsureUsable();
        using var held = new FileStream(temp.Db + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var started = Environment.TickCount64;
        var error = Assert.Throws<StorageException>(() => store.List());

        Assert.Equal(StorageErrorKind.Busy, error.Kind);
        Assert.InRange(Environment.TickCount64 - started, 250, 5000);
    }

    private static void WriteSome(string db)
    {
        var store = new SnapshotStore(db);
        for (var i = 0; i < 4; i++)
        {
            store.Write(SyntheticScans.Create(i, files: 40), SyntheticScans.Metadata(Day.AddDays(i)));
        }
    }

    private static StorageException AssertFailsUntouched(string path, Action<SnapshotStore> use)
    {
        var before = SHA256.HashData(File.ReadAllBytes(path));
        var siblings = Directory.GetFiles(Path.GetDirectoryName(path)!).Length;

        var error = Assert.Throws<StorageException>(() => use(new SnapshotStore(path)));

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(Path.GetFullPath(path), error.DatabasePath);
        // Only the lock file may appear beside it: no rebuilt copy, no backup, no log.
        Assert.InRange(Directory.GetFiles(Path.GetDirectoryName(path)!).Length, siblings, siblings + 1);
        return error;
    }
}
