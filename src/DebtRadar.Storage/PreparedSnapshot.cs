using System.Security.Cryptography;
using DebtRadar.Core.Model;
using DebtRadar.Storage.Documents;
using LiteDB;

namespace DebtRadar.Storage;

/// <summary>A file result in its stored form, with the id that addresses it (SHA-256 of that form).</summary>
internal sealed record PreparedResult(string Id, BsonDocument Document)
{
    public static PreparedResult Of(FileResult file)
    {
        var doc = FileResultDocument.Write(file);
        var id = Convert.ToHexStringLower(SHA256.HashData(BsonSerializer.Serialize(doc)));
        return new PreparedResult(id, doc);
    }
}

/// <summary>
/// Everything a snapshot write needs, computed before the database lock is taken so that the
/// exclusive session only does inserts.
/// </summary>
internal sealed class PreparedSnapshot
{
    private PreparedSnapshot(
        ScanResult scan,
        SnapshotMetadata metadata,
        List<List<ManifestEntry>> manifests,
        Dictionary<string, PreparedResult> results,
        List<(ProjectResult, SummaryAccumulator)> projects,
        SummaryAccumulator totals)
    {
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

    /// <summary>Distinct results by id (a file linked into two projects is stored once).</summary>
    public Dictionary<string, PreparedResult> Results { get; }

    public List<(ProjectResult Project, SummaryAccumulator Totals)> Projects { get; }

    public SummaryAccumulator Totals { get; }

    public static PreparedSnapshot Create(ScanResult scan, SnapshotMetadata metadata)
    {
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
                var prepared = PreparedResult.Of(file);
                results.TryAdd(prepared.Id, prepared);
                var summary = SummaryAccumulator.Of(file).WithHotspot(hotspots.GetValueOrDefault(file.Path));
                entries.Add(new ManifestEntry(file.Path, prepared.Id, summary) { Overlay = OverlayDocument.Write(file) });
                projectTotals = projectTotals.Add(summary);
            }

            projectTotals = projectTotals.WithFindings(project.Findings);
            manifests.Add(entries);
            projects.Add((project, projectTotals));
            totals = totals.Add(projectTotals);
        }

        totals = totals.WithFindings(scan.Findings);

        return new PreparedSnapshot(scan, metadata, manifests, results, projects, totals);
    }
}
