using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Reports;
using DebtRadar.Tui.Data;

namespace DebtRadar.Tui.ViewModels;

/// <summary>One member row of the file screen.</summary>
public sealed record MemberRow(string Type, string Name, int Line, int Cyclomatic, int Cognitive, int Nesting, int Lines, int Maintainability, ImmutableArray<Finding> Findings)
{
    /// <summary>Rule ids of its findings, e.g. "DR1002, DR1005".</summary>
    public string FindingText => string.Join(", ", Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal));
}

/// <summary>The file screen: "what exactly is wrong here?" — its types, members and findings.</summary>
public sealed class FileViewModel
{
    public FileViewModel(SnapshotView snapshot, string path)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
        File = snapshot.Files.FirstOrDefault(f => f.Path == path);
        Findings = snapshot.FindingsOf(path);
        Types = [.. snapshot.Scan.Projects.SelectMany(p => p.Types).Where(t => t.File == path).OrderBy(t => t.Line)];
        Members =
        [
            .. (File?.Members ?? []).Select(m => new MemberRow(
                m.Type,
                m.Name,
                m.Line,
                m.Metrics.Cyclomatic,
                m.Metrics.Cognitive,
                m.Metrics.MaxNesting,
                m.Metrics.SourceLines,
                m.Metrics.MaintainabilityIndex,
                [.. Findings.Where(f => f.Type == m.Type && f.Member == m.Name)])),
        ];
        Rating = snapshot.RatingOf(path);
        DebtMinutes = snapshot.FileDebt.GetValueOrDefault(path)?.RemediationMinutes ?? 0;
    }

    public string Path { get; }

    /// <summary>The file's result; null when the snapshot has no such file.</summary>
    public FileResult? File { get; }

    public ImmutableArray<MemberRow> Members { get; }

    public ImmutableArray<Finding> Findings { get; }

    public ImmutableArray<TypeResult> Types { get; }

    public Core.Debt.DebtRating Rating { get; }

    public double DebtMinutes { get; }

    /// <summary>Title line: path, rating, debt, counts.</summary>
    public string Title => string.Create(
        CultureInfo.InvariantCulture,
        $"{TextSafety.ForConsole(Path)} · rating {Rating} · debt {Text.TextChart.Hours(DebtMinutes)} · {Members.Length} members · {Findings.Length} findings");

    /// <summary>One line per type: kind, size and design metrics.</summary>
    public IEnumerable<string> TypeLines => Types.Select(t => string.Create(
        CultureInfo.InvariantCulture,
        $"{t.Kind.ToString().ToLowerInvariant()} {TextSafety.ForConsole(t.Name)}: {t.Members} members · wmc {t.Wmc} · coupling {t.Coupling} · lcom4 {t.Lcom4} · dit {t.DepthOfInheritance} · mi {t.MaintainabilityIndex}"));

    /// <summary>The index of the first finding of a member, or -1: Enter on a member goes to its findings.</summary>
    public int FirstFindingOf(int memberIndex)
    {
        if (memberIndex < 0 || memberIndex >= Members.Length || Members[memberIndex].Findings.IsEmpty)
        {
            return -1;
        }

        return Findings.IndexOf(Members[memberIndex].Findings[0]);
    }

    /// <summary><c>path:line</c> of a member row, for the editor.</summary>
    public string LocationOfMember(int index) => index >= 0 && index < Members.Length ? Location(Members[index].Line) : Location(1);

    /// <summary><c>path:line</c> of a finding.</summary>
    public string LocationOfFinding(int index) => index >= 0 && index < Findings.Length ? Location(Findings[index].Line) : Location(1);

    /// <summary>A finding as one table row: rule, severity, line, message, minutes.</summary>
    public static string[] FindingCells(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return
        [
            finding.RuleId,
            finding.Severity.ToString().ToLowerInvariant(),
            finding.Line.ToString(CultureInfo.InvariantCulture),
            TextSafety.ForConsole(finding.Message),
            string.Create(CultureInfo.InvariantCulture, $"{finding.RemediationMinutes:0} min"),
        ];
    }

    /// <summary>The rule help of a finding: rationale and examples from the catalog.</summary>
    public RuleHelp? HelpFor(int findingIndex, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (findingIndex < 0 || findingIndex >= Findings.Length)
        {
            return null;
        }

        var finding = Findings[findingIndex];
        return new RuleHelp(finding, catalog.Find(finding.RuleId), LocationOfFinding(findingIndex));
    }

    private string Location(int line) => string.Create(CultureInfo.InvariantCulture, $"{Path}:{line}");
}
