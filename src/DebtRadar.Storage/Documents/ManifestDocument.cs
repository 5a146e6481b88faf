using System.Collections.Immutable;
using DebtRadar.Core.Model;
using LiteDB;

namespace DebtRadar.Storage.Documents;

/// <summary>One file of a snapshot: where it was, which stored result it has, and its totals.</summary>
internal sealed record ManifestEntry(string Path, string ResultId, SummaryAccumulator Summary)
{
    /// <summary>What the solution-wide pass set on the file in this snapshot (<see cref="OverlayDocument"/>), or null.</summary>
    public BsonDocument? Overlay { get; init; }
}

/// <summary>
/// The scan of a snapshot minus the file results, which live content-addressed in <c>results</c>.
/// One document per project (its manifest: path → result id, its types and diagnostics) and one for
/// the scan as a whole, so no single document grows with the size of the solution, and listing
/// snapshots never reads a manifest. Ids are <c>{snapshot:D10}:{project:D5}</c> and <c>{snapshot:D10}:scan</c>.
/// </summary>
internal static class ManifestDocument
{
    public static string Prefix(int snapshot) => snapshot.ToString("D10", System.Globalization.CultureInfo.InvariantCulture) + ":";

    public static string ScanId(int snapshot) => Prefix(snapshot) + "scan";

    public static string ProjectId(int snapshot, int index) =>
        Prefix(snapshot) + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<BsonDocument> Write(int id, ScanResult scan, IReadOnlyList<IReadOnlyList<ManifestEntry>> files)
    {
        yield return new BsonDocument
        {
            ["_id"] = ScanId(id),
            ["projectcount"] = scan.Projects.Length,
            ["namespaces"] = Bson.Array(scan.Namespaces, WritePackage),
            ["packages"] = Bson.Array(scan.ProjectPackages, WritePackage),
            ["nscycles"] = Bson.Array(scan.NamespaceCycles, c => Bson.Array(c)),
            ["projcycles"] = Bson.Array(scan.ProjectCycles, c => Bson.Array(c)),
            ["diags"] = Bson.Array(scan.Diagnostics, d => DiagnosticDocument.Write(d)),
            ["phases"] = Bson.Array(scan.Phases, p => new BsonDocument { ["name"] = p.Phase, ["ticks"] = p.Elapsed.Ticks }),
            ["findings"] = Bson.Array(scan.Findings, f => FindingDocument.Write(f)),
            ["clones"] = Bson.Array(scan.Clones, CloneDocument.Write),
            ["coverage"] = CloneDocument.Write(scan.Coverage),
            ["churn"] = Bson.Array(scan.Churn, c => new BsonDocument
            {
                ["p"] = c.Path,
                ["rev"] = c.Revisions,
                ["add"] = c.Added,
                ["del"] = c.Deleted,
                ["auth"] = c.Authors,
                ["main"] = c.MainAuthorShare,
                ["score"] = c.HotspotScore,
            }),
        };
        for (var i = 0; i < scan.Projects.Length; i++)
        {
            var project = WriteProject(scan.Projects[i], files[i]);
            project["_id"] = ProjectId(id, i);
            yield return project;
        }
    }

    /// <summary>Reads the manifest; <paramref name="resolve"/> turns an entry into its file result.</summary>
    public static ScanResult Read(
        BsonDocument scanDoc,
        IReadOnlyList<BsonDocument> projectDocs,
        string target,
        string root,
        Func<ManifestEntry, FileResult> resolve)
    {
        if (Bson.Int(scanDoc, "projectcount") != projectDocs.Count)
        {
            throw new MalformedDocumentException("The snapshot's project documents are incomplete.");
        }

        return new ScanResult(
            target,
            root,
            [.. projectDocs.Select(p => ReadProject(p, resolve))],
            Bson.List(scanDoc, "namespaces", ReadPackage),
            Bson.List(scanDoc, "packages", ReadPackage),
            ReadCycles(scanDoc, "nscycles"),
            ReadCycles(scanDoc, "projcycles"),
            Bson.List(scanDoc, "diags", DiagnosticDocument.Read),
            Bson.List(scanDoc, "phases", p => new PhaseTiming(Bson.Str(p, "name"), TimeSpan.FromTicks(Bson.Long(p, "ticks")))))
        {
            Findings = ReadFindings(scanDoc),
            Clones = scanDoc.ContainsKey("clones") ? Bson.List(scanDoc, "clones", CloneDocument.Read) : [],
            Coverage = scanDoc.ContainsKey("coverage") ? CloneDocument.ReadCoverage(scanDoc["coverage"]) : null,
            Churn = scanDoc.ContainsKey("churn")
                ? Bson.List(scanDoc, "churn", c => new FileChurn(Bson.Str(c, "p"), Bson.Int(c, "rev"), Bson.Int(c, "add"), Bson.Int(c, "del"), Bson.Int(c, "auth"), Bson.Dbl(c, "main"), Bson.Dbl(c, "score")))
                : [],
        };
    }

    /// <summary>A project document's name and manifest entries, without reading any result.</summary>
    public static (string Project, ImmutableArray<ManifestEntry> Files) Entries(BsonDocument projectDoc) =>
        (Bson.Str(projectDoc, "name"), Bson.List(projectDoc, "files", ReadEntry));

    public static BsonDocument WriteEntry(ManifestEntry e)
    {
        var entry = new BsonDocument
        {
            ["p"] = e.Path,
            ["r"] = e.ResultId,
            ["s"] = SummaryDocument.Write(e.Summary),
        };
        if (e.Overlay is not null)
        {
            entry["o"] = e.Overlay;
        }

        return entry;
    }

    public static ManifestEntry ReadEntry(BsonDocument d) =>
        new(Bson.Str(d, "p"), Bson.Str(d, "r"), SummaryDocument.Read(Bson.Doc(d, "s")))
        {
            Overlay = d.ContainsKey("o") ? Bson.Doc(d, "o") : null,
        };

    private static BsonDocument WriteProject(ProjectResult p, IReadOnlyList<ManifestEntry> files) => new()
    {
        ["name"] = p.Name,
        ["path"] = p.Path,
        ["fw"] = Bson.Value(p.Framework),
        ["mode"] = Bson.Name(p.Mode),
        ["refs"] = Bson.Array(p.ProjectReferences),
        ["files"] = Bson.Array(files, e => WriteEntry(e)),
        ["types"] = Bson.Array(p.Types, t => WriteType(t)),
        ["diags"] = Bson.Array(p.Diagnostics, d => DiagnosticDocument.Write(d)),
        ["findings"] = Bson.Array(p.Findings, f => FindingDocument.Write(f)),
    };

    private static ProjectResult ReadProject(BsonDocument d, Func<ManifestEntry, FileResult> resolve) => new(
        Bson.Str(d, "name"),
        Bson.Str(d, "path"),
        Bson.OptStr(d, "fw"),
        Bson.Enum<AnalysisMode>(d, "mode"),
        Bson.Strings(d, "refs"),
        Bson.List(d, "files", f =>
        {
            var entry = ReadEntry(f);
            return OverlayDocument.Apply(resolve(entry), entry.Overlay);
        }),
        Bson.List(d, "types", ReadType),
        Bson.List(d, "diags", DiagnosticDocument.Read))
    {
        Findings = ReadFindings(d),
    };

    /// <summary>Type-, namespace- and project-scope findings; absent in snapshots recorded before rules existed.</summary>
    private static ImmutableArray<Finding> ReadFindings(BsonDocument d) =>
        d.ContainsKey("findings") ? Bson.List(d, "findings", FindingDocument.Read) : [];

    private static BsonDocument WriteType(TypeResult t) => new()
    {
        ["project"] = t.Project,
        ["file"] = t.File,
        ["line"] = t.Line,
        ["name"] = t.Name,
        ["kind"] = Bson.Name(t.Kind),
        ["members"] = t.Members,
        ["wmc"] = t.Wmc,
        ["cc"] = t.Cyclomatic,
        ["coupling"] = t.Coupling,
        ["dit"] = t.DepthOfInheritance,
        ["lcomhs"] = Bson.Value(t.LcomHs),
        ["lcom4"] = t.Lcom4,
        ["mi"] = t.MaintainabilityIndex,
        ["sloc"] = t.SourceLines,
    };

    private static TypeResult ReadType(BsonDocument d) => new(
        Bson.Str(d, "project"),
        Bson.Str(d, "file"),
        Bson.Int(d, "line"),
        Bson.Str(d, "name"),
        Bson.Enum<TypeKind>(d, "kind"),
        Bson.Int(d, "members"),
        Bson.Int(d, "wmc"),
        Bson.Int(d, "cc"),
        Bson.Int(d, "coupling"),
        Bson.Int(d, "dit"),
        Bson.OptDbl(d, "lcomhs"),
        Bson.Int(d, "lcom4"),
        Bson.Int(d, "mi"),
        Bson.Int(d, "sloc"));

    private static BsonValue WritePackage(PackageMetrics p) => new BsonDocument
    {
        ["name"] = p.Name,
        ["types"] = p.Types,
        ["abstract"] = p.AbstractTypes,
        ["ca"] = p.Afferent,
        ["ce"] = p.Efferent,
    };

    private static PackageMetrics ReadPackage(BsonDocument d) =>
        new(Bson.Str(d, "name"), Bson.Int(d, "types"), Bson.Int(d, "abstract"), Bson.Int(d, "ca"), Bson.Int(d, "ce"));

    private static ImmutableArray<ImmutableArray<string>> ReadCycles(BsonDocument doc, string name)
    {
        var array = Bson.Arr(doc, name);
        var builder = ImmutableArray.CreateBuilder<ImmutableArray<string>>(array.Count);
        foreach (var cycle in array)
        {
            if (!cycle.IsArray || cycle.AsArray.Any(v => !v.IsString))
            {
                throw new MalformedDocumentException($"Field '{name}' is not a list of name lists.");
            }

            builder.Add([.. cycle.AsArray.Select(v => v.AsString)]);
        }

        return builder.MoveToImmutable();
    }
}

/// <summary>Maps a <see cref="SummaryAccumulator"/>.</summary>
internal static class SummaryDocument
{
    public static BsonDocument Write(SummaryAccumulator s) => new()
    {
        ["f"] = s.Files,
        ["m"] = s.Members,
        ["loc"] = s.Loc,
        ["cc"] = s.Cyclomatic,
        ["cog"] = s.Cognitive,
        ["mis"] = s.MiSum,
        ["minmi"] = Bson.Value(s.MinMi),
        ["cpl"] = s.CouplingSum,
        ["fnd"] = s.Findings,
        ["debt"] = s.DebtMinutes,
        ["lines"] = s.Lines,
        ["dup"] = s.DuplicatedLines,
        ["hs"] = s.HealthSum,
        ["hn"] = s.HealthFiles,
        ["hw"] = s.HotspotWeight,
        ["hws"] = s.HotspotHealthSum,
    };

    public static SummaryAccumulator Read(BsonDocument d) => new(
        Bson.Int(d, "f"),
        Bson.Int(d, "m"),
        Bson.Int(d, "loc"),
        Bson.Int(d, "cc"),
        Bson.Int(d, "cog"),
        Bson.Long(d, "mis"),
        Bson.OptInt(d, "minmi"),
        Bson.Long(d, "cpl"),
        Bson.OptInt(d, "fnd") ?? 0,
        Bson.OptDbl(d, "debt") ?? 0)
    {
        // Totals written before duplication and health existed lack these fields: read as none.
        Lines = d.ContainsKey("lines") ? Bson.Int(d, "lines") : 0,
        DuplicatedLines = d.ContainsKey("dup") ? Bson.Int(d, "dup") : 0,
        HealthSum = d.ContainsKey("hs") ? Bson.Dbl(d, "hs") : 0,
        HealthFiles = d.ContainsKey("hn") ? Bson.Int(d, "hn") : 0,
        HotspotWeight = d.ContainsKey("hw") ? Bson.Dbl(d, "hw") : 0,
        HotspotHealthSum = d.ContainsKey("hws") ? Bson.Dbl(d, "hws") : 0,
    };
}
