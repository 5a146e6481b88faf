using System.Collections.Concurrent;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage.Documents;

namespace DebtRadar.Storage;

/// <summary>
/// The database as an <see cref="IFileResultCache"/>. All cache keys are loaded when it opens, so a
/// miss costs a dictionary look-up; the results of the target's latest snapshot are preloaded, so the
/// usual hit (an unchanged file) costs no database session either. Other hits read one document.
/// Results it learns are written with the next snapshot (<see cref="SnapshotStore.Write"/>), in the
/// same transaction. It also remembers which stored result each hit came from, so that writing the
/// snapshot does not serialise and hash an unchanged file again to find the id it already has.
/// Thread-safe: the engine calls it from parallel workers.
/// </summary>
public sealed class StoredResultCache : IFileResultCache
{
    private readonly DatabaseFile _file;
    private readonly ConcurrentDictionary<string, string> _keys;
    private ConcurrentDictionary<string, FileResult> _results;
    private readonly ConcurrentDictionary<string, (FileResultKey Key, FileResult Result)> _pending = new(StringComparer.Ordinal);

    /// <summary>Per (path, content hash): the stored result a hit returned and its id; null once two results compete.</summary>
    private readonly ConcurrentDictionary<(string Path, string ContentHash), Origin?> _origins = new();
    private int _hits;
    private int _misses;

    internal StoredResultCache(DatabaseFile file, IDictionary<string, string> keys, IDictionary<string, FileResult> preloaded, int pruneGeneration)
    {
        PruneGeneration = pruneGeneration;
        _file = file;
        _keys = new ConcurrentDictionary<string, string>(keys, StringComparer.Ordinal);
        _results = new ConcurrentDictionary<string, FileResult>(preloaded, StringComparer.Ordinal);
    }

    /// <summary>How many prunes the database had seen when the keys were read: after another, a stored id may be gone.</summary>
    internal int PruneGeneration { get; private set; }

    /// <summary>Look-ups answered from the store since the cache opened.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Look-ups the store could not answer.</summary>
    public int Misses => Volatile.Read(ref _misses);

    public FileResult? TryGet(FileResultKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (found, resultId) = Find(key);

        // The key names the bytes it was made from; a result for other bytes is never reused.
        if (found is not null && found.ContentHash != key.ContentHash)
        {
            found = null;
        }

        if (found is not null && resultId is not null)
        {
            var origin = new Origin(resultId, found);
            _origins.AddOrUpdate((found.Path, found.ContentHash), origin, (_, known) => known is not null && known.Id == resultId ? known : null);
        }

        Interlocked.Increment(ref found is null ? ref _misses : ref _hits);
        return found;
    }

    public void Add(FileResultKey key, FileResult result)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(result);
        _pending[key.Id] = (key, result);

        // A fresh result at a path and content the store also answered for (a file in two projects
        // with different inputs) must not borrow the stored id.
        _origins[(result.Path, key.ContentHash)] = null;
    }

    /// <summary>
    /// The id of the stored result that <paramref name="file"/> is an unchanged copy of, or null when
    /// it must be serialised to know. Only what the solution-wide pass sets (the overlay, which the
    /// stored form leaves out) may differ: every other part must be the very object the hit returned.
    /// </summary>
    internal string? StoredIdOf(FileResult file)
    {
        if (!_origins.TryGetValue((file.Path, file.ContentHash), out var origin) || origin is null)
        {
            return null;
        }

        var same = ContentIdentity.Same(origin.Result, file);
        return same ? origin.Id : null;
    }

    internal List<(FileResultKey Key, FileResult Result)> PendingEntries() => [.. _pending.Values];

    /// <summary>
    /// After a snapshot is written: learned keys become stored keys, and the in-memory results become
    /// those of the snapshot just written, so a backfill's next commit hits memory and memory stays
    /// bounded by one snapshot.
    /// </summary>
    internal void Committed(PreparedSnapshot snapshot, List<(FileResultKey Key, PreparedResult Result, FileResult File)> learned, int pruneGeneration)
    {
        var results = new ConcurrentDictionary<string, FileResult>(StringComparer.Ordinal);
        foreach (var (file, id) in snapshot.FileIds)
        {
            results.TryAdd(id, file);
        }

        foreach (var (key, prepared, result) in learned)
        {
            var id = prepared.Id;
            _keys[key.Id] = id;
            results.TryAdd(id, result);
            _pending.TryRemove(KeyValuePair.Create(key.Id, (key, result)));
        }

        _results = results;
        _origins.Clear();
        PruneGeneration = pruneGeneration;
    }

    private (FileResult? Result, string? Id) Find(FileResultKey key)
    {
        if (_pending.TryGetValue(key.Id, out var pending))
        {
            return (pending.Result, null);
        }

        if (!_keys.TryGetValue(key.Id, out var resultId))
        {
            return (null, null);
        }

        var results = _results;
        if (results.TryGetValue(resultId, out var result))
        {
            return (result, resultId);
        }

        var loaded = _file.Read(
            db => db.GetCollection(StoreCollections.Results).FindById(resultId) is { } d ? ResultDocuments.Read(db, d) : null,
            CancellationToken.None);
        if (loaded is not null)
        {
            results.TryAdd(resultId, loaded);
        }

        return (loaded, loaded is null ? null : resultId);
    }

    private sealed record Origin(string Id, FileResult Result);
}
