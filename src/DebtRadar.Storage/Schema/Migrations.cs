using DebtRadar.Storage.Documents;
using LiteDB;

namespace DebtRadar.Storage.Schema;

/// <summary>Runs every step from a file's schema version to <see cref="SchemaVersion.Current"/> in one transaction.</summary>
internal static class Migrations
{
    private static readonly ISchemaMigration[] Steps = [new AddFileSummaries()];

    public static void Run(LiteDatabase db, BsonDocument meta, int from)
    {
        if (!db.BeginTrans())
        {
            throw new InvalidOperationException("A migration must start its own transaction.");
        }

        try
        {
            for (var version = from; version < SchemaVersion.Current; version++)
            {
                var step = Steps.Single(s => s.From == version);
                step.Apply(db);
            }

            meta["version"] = SchemaVersion.Current;
            db.GetCollection(SchemaVersion.MetaCollection).Update(meta);
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }

    /// <summary>v1 → v2: compute each manifest entry's totals from its stored result.</summary>
    private sealed class AddFileSummaries : ISchemaMigration
    {
        public int From => 1;

        public void Apply(LiteDatabase db)
        {
            var manifests = db.GetCollection(StoreCollections.Manifests);
            var results = db.GetCollection(StoreCollections.Results);
            var cache = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
            foreach (var manifest in manifests.FindAll().ToList())
            {
                // Project documents carry the manifest; the scan-wide document has no files.
                if (!manifest.ContainsKey("files"))
                {
                    continue;
                }

                foreach (var entry in Bson.Arr(manifest, "files").Select(e => e.AsDocument))
                {
                    if (entry.ContainsKey("s"))
                    {
                        continue;
                    }

                    var id = Bson.Str(entry, "r");
                    if (!cache.TryGetValue(id, out var summary))
                    {
                        var stored = results.FindById(id) ?? throw new MalformedDocumentException($"Result '{id}' is missing.");
                        summary = SummaryDocument.Write(SummaryAccumulator.Of(ResultDocuments.Read(db, stored)));
                        cache[id] = summary;
                    }

                    entry["s"] = summary;
                }

                manifests.Update(manifest);
            }
        }
    }
}
