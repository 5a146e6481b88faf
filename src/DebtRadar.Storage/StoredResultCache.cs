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
/// same transaction. Thread-safe: the engine calls it from parallel workers.
/// </summary>
public sealed class StoredResultCache : IFileResultCache
{
    private readonly DatabaseFile _file;
    private readonly ConcurrentDictionary<string, string> _keys;
    private ConcurrentDictionary<string, FileResult> _results;
    private readonly ConcurrentDictionary<string, (FileResultKey Key, FileResult Result)> _pending = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    internal StoredResultCache(DatabaseFile file, IDictionary<string, string> keys, IDictionary<string, FileResult> preloaded)
    {
        _file = file;
        _keys = new ConcurrentDictionary<string, string>(keys, StringComparer.Ordinal);
        _results = new ConcurrentDictionary<string, FileResult>(preloaded, StringComparer.Ordinal);
    }

    /// <summary>Look-ups answered from the store since the cache opened.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Look-ups the store could not answer.</summary>
    public int Misses => Volatile.Read(ref _misses);

    public FileResult? TryGet(FileResultKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var found = Find(key);

        // The key names the bytes it was made from; a result for other bytes is never reused.
        if (found is not null && found.ContentHash != key.ContentHash)
        {
            found = null;
        }

        Interlocked.Increment(ref found is null ? ref _misses : ref _hits);
        return found;
    }

    public void Add(FileResultKey key, FileResult result)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(result);
        _pending[key.Id] = (key, result);
    }

    internal List<(FileResultKey Key, FileResult Result)> PendingEntries() => [.. _pending.Values];

    /// <summary>
    /// After a snapshot is written: learned keys become stored keys, and the in-memory results become
    /// those of the snapshot just written, so a backfill's next commit hits memory and memory stays
    /// bounded by one snapshot.
    /// </summary>
    internal void Committed(PreparedSnapshot snapshot, List<(FileResultKey Key, FileResult Result)> learned)
    {
        var results = new ConcurrentDictionary<string, FileResult>(StringComparer.Ordinal);
        foreach (var file in snapshot.Scan.Projects.SelectMany(p => p.Files))
        {
            results.TryAdd(PreparedResult.Of(file).Id, file);
        }

        foreach (var (key, result) in learned)
        {
            var id = PreparedResult.Of(result).Id;
            _keys[key.Id] = id;
            results.TryAdd(id, result);
            _pending.TryRemove(KeyValuePair.Create(key.Id, (key, result)));
        }

        _results = results;
    }

    private FileResult? Find(FileResultKey key)
    {
        if (_pending.TryGetValue(key.Id, out var pending))
        {
            return pending.Result;
        }

        if (!_keys.TryGetValue(key.Id, out var resultId))
        {
            return null;
        }

        var results = _results;
        if (results.TryGetValue(resultId, out var result))
        {
            return result;
        }

        var loaded = _file.Read(
            db => db.GetCollection(StoreCollections.Results).FindById(resultId) is { } d ? FileResultDocument.Read(Bson.Doc(d, "r")) : null,
            CancellationToken.None);
        if (loaded is not null)
        {
            results.TryAdd(resultId, loaded);
        }

        return loaded;
    }
}
