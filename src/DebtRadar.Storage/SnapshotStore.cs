using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage.Documents;
using DebtRadar.Storage.Schema;
using LiteDB;

namespace DebtRadar.Storage;

/// <summary>
/// The DebtRadar database: snapshots of scans, their content-addressed file results, trends.
/// Thread-safe and process-safe: every call is one short exclusive session (docs/storage.md).
/// Every method throws <see cref="StorageException"/> for a file it cannot use, and leaves that file as it was.
/// </summary>
public sealed partial class SnapshotStore
{
    /// <summary>The meta field that counts prunes: a cache opened before one cannot trust its stored ids.</summary>
    private const string PruneCounter = "pruned";

    private readonly DatabaseFile _file;

    public SnapshotStore(string path, StoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _file = new DatabaseFile(path, (options ?? StoreOptions.Default).LockTimeout);
    }

    /// <summary>Absolute path of the database file.</summary>
    public string Path => _file.Path;

    /// <summary>Whether the database file exists (nothing recorded yet when not).</summary>
    public bool Exists => _file.Exists;

    /// <summary><c>&lt;repository root&gt;/.debtradar/debtradar.db</c>.</summary>
    public static string DefaultPath(string repositoryRoot) =>
        System.IO.Path.Combine(repositoryRoot, ".debtradar", "debtradar.db");

    internal DatabaseFile File => _file;

    /// <summary>Creates the database if missing, else checks (and migrates) it: lets a scan fail before, not after, its work.</summary>
    public void EnsureUsable(CancellationToken cancellationToken = default) =>
        _file.Write(_ => 0, cancellationToken);

    /// <summary>Records a scan as one snapshot, in one transaction, with the file results it adds.</summary>
    /// <param name="scan">The scan's result.</param>
    /// <param name="metadata">When, what commit, which configuration.</param>
    /// <param name="cache">The cache the scan used: results it learned are kept for later scans.</param>
    /// <param name="cancellationToken">Stops waiting for the database; never interrupts a started transaction.</param>
    public SnapshotInfo Write(ScanResult scan, SnapshotMetadata metadata, StoredResultCache? cache = null, CancellationToken cancellationToken = default) =>
        Record(scan, metadata, cache, findPrevious: false, cancellationToken).Info;

    /// <summary>
    /// <see cref="Write"/> and then <see cref="Previous"/> of the snapshot written, in one database session:
    /// what a scan that prints its deltas needs, without opening the file a second time.
    /// </summary>
    /// <param name="scan">The scan's result.</param>
    /// <param name="metadata">When, what commit, which configuration.</param>
    /// <param name="cache">The cache the scan used: results it learned are kept for later scans.</param>
    /// <param name="cancellationToken">Stops waiting for the database; never interrupts a started transaction.</param>
    public (SnapshotInfo Info, SnapshotInfo? Previous) WriteAndFindPrevious(ScanResult scan, SnapshotMetadata metadata, StoredResultCache? cache = null, CancellationToken cancellationToken = default) =>
        Record(scan, metadata, cache, findPrevious: true, cancellationToken);

    private (SnapshotInfo Info, SnapshotInfo? Previous) Record(ScanResult scan, SnapshotMetadata metadata, StoredResultCache? cache, bool findPrevious, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(metadata);
        var prepared = PreparedSnapshot.Create(scan, metadata, cache is null ? null : cache.StoredIdOf);
        var learned = (cache?.PendingEntries() ?? []).Select(e => (e.Key, Result: prepared.PreparedOf(e.Result), File: e.Result)).ToList();

        var (info, pruneGeneration, previous) = _file.Write(
            db =>
            {
                if (!db.BeginTrans())
                {
                    throw new InvalidOperationException("A snapshot write must start its own transaction.");
                }

                (SnapshotInfo Info, int PruneGeneration) written;
                try
                {
                    written = WriteSnapshot(db, prepared, learned, cache?.PruneGeneration);
                    db.Commit();
                }
                catch
                {
                    db.Rollback();
                    throw;
                }

                return (written.Info, written.PruneGeneration, findPrevious ? PreviousOf(ReadAll(db), written.Info) : null);
            },
            cancellationToken);

        cache?.Committed(prepared, learned, pruneGeneration);
        return (info, previous);
    }

    /// <summary>Every snapshot, oldest first (by the date it stands for, then id).</summary>
    public ImmutableArray<SnapshotInfo> List(CancellationToken cancellationToken = default) =>
        !_file.Exists ? [] : _file.Read(ReadAll, cancellationToken);

    /// <summary>The snapshot with this id, or null.</summary>
    public SnapshotInfo? Find(int id, CancellationToken cancellationToken = default) =>
        !_file.Exists ? null : _file.Read(db => db.GetCollection(StoreCollections.Snapshots).FindById(id) is { } d ? SnapshotDocument.Read(d) : null, cancellationToken);

    /// <summary>The newest snapshot (of the target, when given), or null.</summary>
    public SnapshotInfo? Latest(string? target = null, CancellationToken cancellationToken = default) =>
        List(cancellationToken).LastOrDefault(s => target is null || s.Target == target);

    /// <summary>The snapshot of the same target just before this one, or null: what deltas compare against.</summary>
    public SnapshotInfo? Previous(SnapshotInfo snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return PreviousOf(List(cancellationToken), snapshot);
    }

    /// <summary>Whether a snapshot of this target at this commit exists (backfill skips it).</summary>
    public bool HasCommit(string target, string commit, CancellationToken cancellationToken = default) =>
        List(cancellationToken).Any(s => s.Target == target && s.Metadata.Commit == commit);

    /// <summary>A snapshot with its full scan result, or null when there is no such id.</summary>
    public StoredSnapshot? Read(int id, CancellationToken cancellationToken = default) =>
        !_file.Exists ? null : _file.Read(db => ReadSnapshot(db, id), cancellationToken);

    /// <summary>Opens a result cache for incremental scans of a target, preloaded with its latest snapshot's results.</summary>
    public StoredResultCache OpenCache(string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!_file.Exists)
        {
            return new StoredResultCache(_file, new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, FileResult>(StringComparer.Ordinal), 0);
        }

        return _file.Read(db => ReadCache(db, target), cancellationToken);
    }

    /// <summary>
    /// <see cref="EnsureUsable"/> and <see cref="OpenCache"/> in one session (a scan that records opens
    /// the database once before its work, not twice).
    /// </summary>
    public StoredResultCache EnsureUsableAndOpenCache(string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        return _file.Write(db => ReadCache(db, target), cancellationToken);
    }

    private StoredResultCache ReadCache(LiteDatabase db, string target)
    {
        var keys = db.GetCollection(StoreCollections.CacheKeys).FindAll()
            .ToDictionary(d => Bson.Get(d, "_id").AsString, d => Bson.Str(d, "r"), StringComparer.Ordinal);
        var latest = ReadAll(db).LastOrDefault(s => s.Target == target);
        var preload = latest is null ? new Dictionary<string, FileResult>(StringComparer.Ordinal) : ReadManifestResults(db, latest.Id);
        return new StoredResultCache(_file, keys, preload, PruneGeneration(db));
    }

    private static SnapshotInfo? PreviousOf(ImmutableArray<SnapshotInfo> all, SnapshotInfo snapshot) =>
        all.TakeWhile(s => s.Id != snapshot.Id).LastOrDefault(s => s.Target == snapshot.Target);

    internal static ImmutableArray<SnapshotInfo> ReadAll(LiteDatabase db) =>
        [.. db.GetCollection(StoreCollections.Snapshots).FindAll()
            .Select(SnapshotDocument.Read)
            .OrderBy(s => s.Metadata.Timestamp.UtcTicks)
            .ThenBy(s => s.Id)];

    internal static List<BsonDocument> ProjectDocuments(LiteDatabase db, int snapshot)
    {
        var prefix = ManifestDocument.Prefix(snapshot);
        return [.. db.GetCollection(StoreCollections.Manifests)
            .Find(Query.StartsWith("_id", prefix))
            .Where(d => !Bson.Get(d, "_id").AsString.EndsWith(":scan", StringComparison.Ordinal))
            .OrderBy(d => Bson.Get(d, "_id").AsString, StringComparer.Ordinal)
            .Select(d => ResultDocuments.Unpack(db, d))];
    }

    private static (SnapshotInfo Info, int PruneGeneration) WriteSnapshot(
        LiteDatabase db, PreparedSnapshot prepared, List<(FileResultKey Key, PreparedResult Result, FileResult File)> learned, int? cacheGeneration)
    {
        var metaCollection = db.GetCollection(SchemaVersion.MetaCollection);
        var meta = metaCollection.FindById(SchemaVersion.SchemaId);
        var id = Bson.Int(meta, "nextSnapshot");
        meta["nextSnapshot"] = id + 1;
        metaCollection.Update(meta);
        var generation = PruneGeneration(meta);

        var results = db.GetCollection(StoreCollections.Results);
        foreach (var result in prepared.Results.Values.Concat(learned.Select(l => l.Result)))
        {
            if (!results.Exists(Query.EQ("_id", result.Id)))
            {
                ResultDocuments.Insert(db, result);
            }
        }

        // Borrowed ids were stored when the cache read them; only a prune since then can have removed one.
        if (prepared.BorrowedIds.Count > 0 && cacheGeneration != generation)
        {
            foreach (var (file, resultId) in prepared.FileIds.Where(f => prepared.BorrowedIds.Contains(f.Id)).DistinctBy(f => f.Id, StringComparer.Ordinal))
            {
                if (!results.Exists(Query.EQ("_id", resultId)))
                {
                    ResultDocuments.Insert(db, PreparedResult.Of(file) with { Id = resultId });
                }
            }
        }

        var keys = db.GetCollection(StoreCollections.CacheKeys);
        foreach (var (key, result, _) in learned)
        {
            keys.Upsert(new BsonDocument { ["_id"] = key.Id, ["r"] = result.Id });
        }

        var snapshot = SnapshotDocument.Write(id, prepared.Scan, prepared.Metadata, prepared.Totals, prepared.Projects);
        db.GetCollection(StoreCollections.Snapshots).Insert(snapshot);
        db.GetCollection(StoreCollections.Manifests).InsertBulk(ManifestDocument.Write(id, prepared.Scan, prepared.Manifests).Select(d => ResultDocuments.Pack(db, d)).ToList());
        return (SnapshotDocument.Read(snapshot), generation);
    }

    /// <summary>How many prunes the file has seen (0 for files written before prunes were counted).</summary>
    private static int PruneGeneration(LiteDatabase db) =>
        PruneGeneration(db.GetCollection(SchemaVersion.MetaCollection).FindById(SchemaVersion.SchemaId));

    private static int PruneGeneration(BsonDocument meta) =>
        meta.TryGetValue(PruneCounter, out var value) && value.IsInt32 ? value.AsInt32 : 0;

    private static StoredSnapshot? ReadSnapshot(LiteDatabase db, int id)
    {
        if (db.GetCollection(StoreCollections.Snapshots).FindById(id) is not { } snapshotDoc)
        {
            return null;
        }

        var info = SnapshotDocument.Read(snapshotDoc);
        var scanDoc = ResultDocuments.Unpack(db, db.GetCollection(StoreCollections.Manifests).FindById(ManifestDocument.ScanId(id))
            ?? throw new MalformedDocumentException($"Snapshot {id} has no manifest."));
        var results = db.GetCollection(StoreCollections.Results);
        var loaded = new Dictionary<string, FileResult>(StringComparer.Ordinal);
        var scan = ManifestDocument.Read(scanDoc, ProjectDocuments(db, id), info.Target, info.RepositoryRoot, entry =>
        {
            if (!loaded.TryGetValue(entry.ResultId, out var file))
            {
                var stored = results.FindById(entry.ResultId) ?? throw new MalformedDocumentException($"Result '{entry.ResultId}' of snapshot {id} is missing.");
                file = ResultDocuments.Read(db, stored);
                loaded[entry.ResultId] = file;
            }

            return file;
        });
        return new StoredSnapshot(info, scan);
    }

    private static Dictionary<string, FileResult> ReadManifestResults(LiteDatabase db, int snapshot)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in ProjectDocuments(db, snapshot))
        {
            ids.UnionWith(ManifestDocument.Entries(project).Files.Select(e => e.ResultId));
        }

        // One query for all of them: a query per id parses its expression again every time.
        var loaded = new Dictionary<string, FileResult>(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            foreach (var stored in db.GetCollection(StoreCollections.Results).Find(Query.In("_id", new BsonArray(ids.Select(i => new BsonValue(i))))))
            {
                loaded[Bson.Str(stored, "_id")] = ResultDocuments.Read(db, stored);
            }
        }

        return loaded;
    }
}
