using DebtRadar.Storage.Documents;
using LiteDB;

namespace DebtRadar.Storage;

public sealed partial class SnapshotStore
{
    /// <summary>
    /// Removes old snapshots, then every file result and cache key that no remaining snapshot uses,
    /// in one transaction. A snapshot goes when any given criterion selects it.
    /// </summary>
    /// <param name="keep">Keep only the newest N snapshots (all targets together); null for no limit.</param>
    /// <param name="olderThan">Remove snapshots dated before this instant; null for no limit.</param>
    /// <param name="cancellationToken">Stops waiting for the database.</param>
    public PruneResult Prune(int? keep, DateTimeOffset? olderThan, CancellationToken cancellationToken = default)
    {
        if (keep is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(keep), keep, "Keep a positive number of snapshots, or zero.");
        }

        if (!_file.Exists)
        {
            return new PruneResult(0, 0, 0);
        }

        return _file.Write(
            db =>
            {
                if (!db.BeginTrans())
                {
                    throw new InvalidOperationException("A prune must start its own transaction.");
                }

                try
                {
                    var result = PruneIn(db, keep, olderThan);
                    db.Commit();
                    return result;
                }
                catch
                {
                    db.Rollback();
                    throw;
                }
            },
            cancellationToken);
    }

    private static PruneResult PruneIn(LiteDatabase db, int? keep, DateTimeOffset? olderThan)
    {
        // Caches opened before this prune re-check the ids they borrow when they write (see WriteSnapshot).
        var metaCollection = db.GetCollection(Schema.SchemaVersion.MetaCollection);
        var meta = metaCollection.FindById(Schema.SchemaVersion.SchemaId);
        meta[PruneCounter] = PruneGeneration(meta) + 1;
        metaCollection.Update(meta);

        var all = ReadAll(db);
        var doomed = all
            .Where((s, i) => (keep is { } k && i < all.Length - k) || (olderThan is { } t && s.Metadata.Timestamp < t))
            .Select(s => s.Id)
            .ToHashSet();

        var snapshots = db.GetCollection(StoreCollections.Snapshots);
        var manifests = db.GetCollection(StoreCollections.Manifests);
        foreach (var id in doomed)
        {
            foreach (var stored in manifests.Find(Query.StartsWith("_id", ManifestDocument.Prefix(id))))
            {
                ResultDocuments.DeleteParts(db, stored);
            }

            manifests.DeleteMany(Query.StartsWith("_id", ManifestDocument.Prefix(id)));
            snapshots.Delete(id);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var snapshot in all.Where(s => !doomed.Contains(s.Id)))
        {
            foreach (var project in ProjectDocuments(db, snapshot.Id))
            {
                used.UnionWith(ManifestDocument.Entries(project).Files.Select(e => e.ResultId));
            }
        }

        var results = db.GetCollection(StoreCollections.Results);
        var unused = results.Query().Select("{ id: $._id }").ToEnumerable()
            .Select(d => Bson.Str(d, "id"))
            .Where(id => !used.Contains(id))
            .ToList();
        foreach (var id in unused)
        {
            ResultDocuments.Delete(db, id);
        }

        var keys = db.GetCollection(StoreCollections.CacheKeys);
        var staleKeys = keys.FindAll().Where(k => !used.Contains(Bson.Str(k, "r"))).Select(k => Bson.Get(k, "_id")).ToList();
        foreach (var key in staleKeys)
        {
            keys.Delete(key);
        }

        return new PruneResult(doomed.Count, unused.Count, all.Length - doomed.Count);
    }
}
