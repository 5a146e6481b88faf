using System.Collections.Immutable;
using DebtRadar.Core.Model;
using LiteDB;

namespace DebtRadar.Storage.Documents;

/// <summary>A snapshot's small document: metadata and totals, everything <c>history</c> and <c>trend</c> need.</summary>
internal static class SnapshotDocument
{
    public static BsonDocument Write(
        int id,
        ScanResult scan,
        SnapshotMetadata meta,
        SummaryAccumulator totals,
        IReadOnlyList<(ProjectResult Project, SummaryAccumulator Totals)> projects)
    {
        return new BsonDocument
        {
            ["_id"] = id,
            ["ts"] = Bson.Date(meta.Timestamp),
            ["started"] = Bson.Date(meta.StartedAt),
            ["finished"] = Bson.Date(meta.FinishedAt),
            ["root"] = scan.RepositoryRoot,
            ["target"] = scan.Target,
            ["commit"] = Bson.Value(meta.Commit),
            ["branch"] = Bson.Value(meta.Branch),
            ["dirty"] = meta.Dirty,
            ["mode"] = Bson.Name(meta.Mode),
            ["tool"] = meta.ToolVersion,
            ["config"] = meta.ConfigurationHash,
            ["metricversions"] = Bson.Array(meta.MetricVersions, kv => new BsonDocument { ["n"] = kv.Key, ["v"] = kv.Value }),
            ["totals"] = SummaryDocument.Write(totals),
            ["projects"] = Bson.Array(projects, p => new BsonDocument
            {
                ["name"] = p.Project.Name,
                ["path"] = p.Project.Path,
                ["mode"] = Bson.Name(p.Project.Mode),
                ["s"] = SummaryDocument.Write(p.Totals),
            }),
        };
    }

    public static SnapshotInfo Read(BsonDocument d)
    {
        var id = Bson.Get(d, "_id") is { IsInt32: true } v ? v.AsInt32 : throw new MalformedDocumentException("Snapshot id is not an int.");
        // Metric names hold dots and are case-sensitive, so they are values, not field names.
        var metricVersions = ImmutableSortedDictionary.CreateRange(
            StringComparer.Ordinal,
            Bson.List(d, "metricversions", kv => KeyValuePair.Create(Bson.Str(kv, "n"), Bson.Str(kv, "v"))));
        var meta = new SnapshotMetadata(
            Bson.Date(d, "ts"),
            Bson.Date(d, "started"),
            Bson.Date(d, "finished"),
            Bson.OptStr(d, "commit"),
            Bson.OptStr(d, "branch"),
            Bson.Bool(d, "dirty"),
            Bson.Enum<AnalysisMode>(d, "mode"),
            Bson.Str(d, "tool"),
            Bson.Str(d, "config"),
            metricVersions);
        return new SnapshotInfo(
            id,
            Bson.Str(d, "root"),
            Bson.Str(d, "target"),
            meta,
            SummaryDocument.Read(Bson.Doc(d, "totals")).ToSummary(),
            Bson.List(d, "projects", p => new ProjectSummary(
                Bson.Str(p, "name"),
                Bson.Str(p, "path"),
                Bson.Enum<AnalysisMode>(p, "mode"),
                SummaryDocument.Read(Bson.Doc(p, "s")).ToSummary())));
    }
}
