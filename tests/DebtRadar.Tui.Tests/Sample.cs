using System.Collections.Immutable;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.Storage;
using DebtRadar.Tui.Data;

namespace DebtRadar.Tui.Tests;

/// <summary>Small scans built in code: what the view-models read, without a terminal or a database.</summary>
internal static class Sample
{
    public static MemberResult Member(string type, string name, int line, int cc, int cog, int nest = 0, int mi = 80) =>
        new(type, name, MemberKind.Method, line, line, line + 5, new MemberMetrics(cc, cog, 6, 4, 5, 1, nest, 10, HalsteadMetrics.Empty, mi, 1));

    public static Finding Finding(string rule, string path, int line, string? type, string? member, double minutes) =>
        new(rule, FindingSeverity.Warning, "complexity", path, line, 1, type, member, $"{rule} at {line}", minutes, $"{rule}|{path}|{type}|{member}");

    public static FileResult File(string path, int nloc, IEnumerable<MemberResult> members, IEnumerable<Finding>? findings = null, IEnumerable<TypeFragment>? types = null) =>
        new(path, "hash-" + path, AnalysisMode.SyntaxOnly, nloc, nloc, nloc, [.. types ?? []], [.. members], []) { Findings = [.. findings ?? []] };

    public static TypeFragment Type(string name, int line, params string[] uses) =>
        new(name, "Shop", TypeKind.Class, line, line, line + 20, false, 1, [.. uses.Select(u => new TypeReference(u, "Shop", "Shop"))], 0, 20, [], []);

    public static FileChurn Churn(string path, int revisions, double score, int authors = 1) =>
        new(path, revisions, revisions * 10, revisions * 2, authors, 0.75, score);

    public static ScanResult Scan(IEnumerable<FileResult> files, IEnumerable<FileChurn>? churn = null)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var types = ordered.SelectMany(f => f.Types.Select(t =>
        {
            var members = f.Members.Where(m => m.Type == t.Name).ToList();
            var wmc = members.Sum(m => m.Metrics.Cyclomatic);
            return new TypeResult("Shop", f.Path, t.Line, t.Name, t.Kind, members.Count, wmc, wmc, t.CoupledTypes.Length, t.DepthOfInheritance, null, 1, 70, t.SourceLines);
        }));
        return new(".", "/repo", [new ProjectResult("Shop", "Shop.csproj", null, AnalysisMode.SyntaxOnly, [], [.. ordered], [.. types], [])], [], [], [], [], [], [])
        {
            Churn = [.. churn ?? []],
        };
    }

    public static SnapshotMetadata Metadata(DateTimeOffset when, string commit) =>
        new(when, when, when, commit, "main", false, AnalysisMode.SyntaxOnly, "test", "rules", ImmutableSortedDictionary<string, string>.Empty);

    public static SnapshotInfo Info(int id, DateTimeOffset when, ScanResult scan)
    {
        var files = scan.Projects.SelectMany(p => p.Files).ToList();
        var members = files.SelectMany(f => f.Members).ToList();
        var totals = new MetricSummary(files.Count, members.Count, files.Sum(f => f.SourceLines), members.Sum(m => m.Metrics.Cyclomatic), members.Sum(m => m.Metrics.Cognitive), null, null, null, files.Sum(f => f.Findings.Length), files.Sum(f => f.Findings.Sum(x => x.RemediationMinutes)));
        return new SnapshotInfo(id, "/repo", ".", Metadata(when, "c0ffee" + id), totals, []);
    }

    public static SnapshotView View(int id, ScanResult scan, DateTimeOffset? when = null) =>
        SnapshotView.Of(new StoredSnapshot(Info(id, when ?? Day(id), scan), scan), new CostModel());

    public static DateTimeOffset Day(int n) => new(2026, 1, n, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Three files: OrderProcessor (changed most, complex, two findings), Invoice (one small finding),
    /// Readme-like Constants (no member, never changed).
    /// </summary>
    public static ScanResult Shop(double orderDebt = 40, bool withInvoiceFinding = true)
    {
        const string order = "src/OrderProcessor.cs";
        const string invoice = "src/Invoice.cs";
        var route = Member("Shop.OrderProcessor", "Route(int)", 10, cc: 14, cog: 25, nest: 4, mi: 50);
        var load = Member("Shop.OrderProcessor", "Load()", 30, cc: 1, cog: 0);
        var total = Member("Shop.Invoice", "Total(decimal[])", 5, cc: 3, cog: 4);
        return Scan(
            [
                File(order, 10, [route, load], [Finding("DR1002", order, 10, "Shop.OrderProcessor", "Route(int)", orderDebt), Finding("DR2002", order, 31, "Shop.OrderProcessor", "Load()", 20)], [Type("Shop.OrderProcessor", 3, "Shop.Invoice")]),
                File(invoice, 200, [total], withInvoiceFinding ? [Finding("DR1004", invoice, 5, "Shop.Invoice", "Total(decimal[])", 10)] : [], [Type("Shop.Invoice", 2)]),
                File("src/Constants.cs", 10, []),
            ],
            [Churn(order, 8, 1.0, authors: 3), Churn(invoice, 2, 0.04)]);
    }
}
