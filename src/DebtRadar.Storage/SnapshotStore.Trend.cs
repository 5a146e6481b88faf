using System.Collections.Immutable;
using DebtRadar.Storage.Documents;
using LiteDB;

namespace DebtRadar.Storage;

public sealed partial class SnapshotStore
{
    /// <summary>
    /// One row per snapshot (and project or file), oldest first. Reads only snapshot documents and
    /// manifests, never file results: per-file totals are stored in the manifest.
    /// </summary>
    /// <param name="scope">Grouping of the rows.</param>
    /// <param name="target">Only snapshots of this target; all when null.</param>
    /// <param name="cancellationToken">Stops waiting for the database.</param>
    public ImmutableArray<TrendRow> Trend(TrendScope scope, string? target = null, CancellationToken cancellationToken = default)
    {
        if (!_file.Exists)
        {
            return [];
        }

        return _file.Read(
            db =>
            {
                var rows = ImmutableArray.CreateBuilder<TrendRow>();
                foreach (var s in ReadAll(db).Where(s => target is null || s.Target == target))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    switch (scope)
                    {
                        case TrendScope.Solution:
                            rows.Add(new TrendRow(s.Id, s.Metadata.Timestamp, s.Metadata.Commit, string.Empty, s.Totals));
                            break;
                        case TrendScope.Project:
                            rows.AddRange(s.Projects.Select(p => new TrendRow(s.Id, s.Metadata.Timestamp, s.Metadata.Commit, p.Name, p.Totals)));
                            break;
                        case TrendScope.File:
                            rows.AddRange(FileRows(db, s));
                            break;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown trend scope.");
                    }
                }

                return rows.ToImmutable();
            },
            cancellationToken);
    }

    private static IEnumerable<TrendRow> FileRows(LiteDatabase db, SnapshotInfo s)
    {
        // A file linked into two projects is one file: one row, counted once.
        var files = new SortedDictionary<string, SummaryAccumulator>(StringComparer.Ordinal);
        foreach (var project in ProjectDocuments(db, s.Id))
        {
            foreach (var entry in ManifestDocument.Entries(project).Files)
            {
                files.TryAdd(entry.Path, entry.Summary);
            }
        }

        return files.Select(f => new TrendRow(s.Id, s.Metadata.Timestamp, s.Metadata.Commit, f.Key, f.Value.ToSummary()));
    }
}
