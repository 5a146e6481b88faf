using System.Security.Cryptography;
using DebtRadar.Core.Model;
using DebtRadar.Storage.Documents;
using LiteDB;

namespace DebtRadar.Storage;

/// <summary>A file result in its stored form, with the id that addresses it (SHA-256 of that form).</summary>
internal sealed record PreparedResult(string Id, BsonDocument Document, int SerializedLength)
{
    public static PreparedResult Of(FileResult file)
    {
        var doc = FileResultDocument.Write(file);
        var bytes = BsonSerializer.Serialize(doc);
        return new PreparedResult(Convert.ToHexStringLower(SHA256.HashData(bytes)), doc, bytes.Length);
    }
}

/// <summary>
/// Everything a snapshot write needs, computed before the database lock is taken so that the
/// exclusive session only does inserts.
/// </summary>
internal sealed class PreparedSnapshot
{
    private readonly Dictionary<(string Path, string ContentHash), List<(FileResult File, string Id)>> _byPathAndHash;

    private PreparedSnapshot(
        ScanResult scan,
        SnapshotMetadata metadata,
        List<List<ManifestEntry>> manifests,
        Dictionary<string, PreparedResult> results,
        List<(ProjectResult, SummaryAccumulator)> projects,
        SummaryAccumulator totals,
        List<(FileResult, string)> fileIds,
        HashSet<string> borrowedIds)
    {
        FileIds = fileIds;
        _byPathAndHash = fileIds.ToLookup(f => (f.Item1.Path, f.Item1.ContentHash)).ToDictionary(g => g.Key, g => g.ToList());
        BorrowedIds = borrowedIds;
        Scan = scan;
        Metadata = metadata;
        Manifests = manifests;
        Results = results;
        Projects = projects;
        Totals = totals;
    }

    public ScanResult Scan { get; }

    public SnapshotMetadata Metadata { get; }

    public List<List<ManifestEntry>> Manifests { get; }

    /// <summary>Every file of the scan with the id of its stored form.</summary>
    public List<(FileResult File, string Id)> FileIds { get; }

    /// <summary>Ids taken from the cache without serialising the file: stored already, unless a prune removed them since.</summary>
    public HashSet<string> BorrowedIds { get; }

    /// <summary>Distinct results by id that must be stored (a file linked into two projects is stored once); borrowed ids are not among them.</summary>
    public Dictionary<string, PreparedResult> Results { get; }

    public List<(ProjectResult Project, SummaryAccumulator Totals)> Projects { get; }

    public SummaryAccumulator Totals { get; }

    /// <summary>
    /// The stored form of a result the scan learned: the one already prepared for the snapshot when the
    /// scan's file is that result with only the overlay set, else serialised here.
    /// </summary>
    public PreparedResult PreparedOf(FileResult learned)
    {
        if (_byPathAndHash.TryGetValue((learned.Path, learned.ContentHash), out var candidates))
        {
            foreach (var (file, id) in candidates)
            {
                if (ContentIdentity.Same(file, learned) && Results.TryGetValue(id, out var prepared))
                {
                    return prepared;
                }
            }
        }

        return PreparedResult.Of(learned);
    }

    /// <summary>Prepares a write.</summary>
    /// <param name="scan">The scan.</param>
    /// <param name="metadata">Its metadata.</param>
    /// <param name="storedIdOf">The stored id of a file known unchanged since it was read from the store, or null to serialise it.</param>
    public static PreparedSnapshot Create(ScanResult scan, SnapshotMetadata metadata, Func<FileResult, string?>? storedIdOf = null)
    {
        var fileIds = new List<(FileResult, string)>();
        var borrowed = new HashSet<string>(StringComparer.Ordinal);
        var results = new Dictionary<string, PreparedResult>(StringComparer.Ordinal);
        var manifests = new List<List<ManifestEntry>>(scan.Projects.Length);
        var projects = new List<(ProjectResult, SummaryAccumulator)>(scan.Projects.Length);
        var totals = SummaryAccumulator.Empty;
        var hotspots = scan.Churn.DistinctBy(c => c.Path, StringComparer.Ordinal).ToDictionary(c => c.Path, c => c.HotspotScore, StringComparer.Ordinal);
        foreach (var project in scan.Projects)
        {
            var entries = new List<ManifestEntry>(project.Files.Length);
            var projectTotals = SummaryAccumulator.Empty;
            foreach (var file in project.Files)
            {
                var id = storedIdOf?.Invoke(file);
                if (id is null)
                {
                    var prepared = PreparedResult.Of(file);
                    results.TryAdd(prepared.Id, prepared);
                    id = prepared.Id;
                }
                else
                {
                    borrowed.Add(id);
                }

                fileIds.Add((file, id));
                var summary = SummaryAccumulator.Of(file).WithHotspot(hotspots.GetValueOrDefault(file.Path));
                entries.Add(new ManifestEntry(file.Path, id, summary) { Overlay = OverlayDocument.Write(file) });
                projectTotals = projectTotals.Add(summary);
            }

            projectTotals = projectTotals.WithFindings(project.Findings);
            manifests.Add(entries);
            projects.Add((project, projectTotals));
            totals = totals.Add(projectTotals);
        }

        totals = totals.WithFindings(scan.Findings);

        borrowed.ExceptWith(results.Keys);
        return new PreparedSnapshot(scan, metadata, manifests, results, projects, totals, fileIds, borrowed);
    }
}
