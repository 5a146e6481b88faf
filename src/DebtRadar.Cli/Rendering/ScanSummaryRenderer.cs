using DebtRadar.Reports;
using System.Globalization;
using DebtRadar.Cli.Scanning;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using Spectre.Console;

namespace DebtRadar.Cli.Rendering;

/// <summary>The summary `debtradar scan` prints: totals, timings, load problems and the most complex members.</summary>
internal static class ScanSummaryRenderer
{
    public static void Render(IAnsiConsole console, ScanResult scan, CostModel cost, bool verbose, IReadOnlyDictionary<string, ChangeFrequency>? history = null, int top = 10)
    {
        var files = scan.Projects.SelectMany(p => p.Files).ToList();
        var members = files.SelectMany(f => f.Members.Select(m => (File: f, Member: m))).ToList();
        var frameworks = scan.Projects.Select(p => p.Framework).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var modes = scan.Projects.GroupBy(p => p.Mode).OrderBy(g => g.Key).Select(g => $"{g.Count()} {ModeText(g.Key)}");

        console.WriteLine($"DebtRadar scan of {Safe(scan.Target)}");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scan.Projects.Length} projects ({string.Join(", ", modes)}{(frameworks.Count > 0 ? "; " + string.Join(", ", frameworks) : string.Empty)}) · {files.Count} files · {scan.Projects.Sum(p => p.Types.Length)} types · {members.Count} members · {files.Sum(f => f.SourceLines):N0} lines"));
        console.WriteLine(string.Join(" · ", scan.Phases.Where(p => !p.Phase.Contains(':', StringComparison.Ordinal)).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Elapsed.TotalSeconds:0.00} s"))));

        var debt = DebtCalculator.Compute(scan, cost, history).Solution;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Debt: rating {debt.Rating} · {debt.Findings} findings · {debt.RemediationMinutes / 60:0.0} h to fix · ratio {debt.Ratio:0.0%} of {cost.MinutesPerLine:0} min/line"));
        if (debt.InterestMinutesPerYear is { } interest)
        {
            var payback = debt.BreakingPointYears is { } years ? string.Create(CultureInfo.InvariantCulture, $" · fixing pays back in {years.Low:0.#}–{years.High:0.#} years") : string.Empty;
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Interest: {interest.Low / 60:0}–{interest.High / 60:0} h per year if left as is{payback}"));
            foreach (var source in interest.Sources)
            {
                console.WriteLine("  " + Safe(source));
            }
        }

        foreach (var line in HealthSummary.Lines(scan, files))
        {
            console.WriteLine(Safe(line));
        }

        var problems = scan.Diagnostics
            .Concat(scan.Projects.SelectMany(p => p.Diagnostics))
            .Concat(files.SelectMany(f => f.Diagnostics))
            .Where(d => d.Severity != DiagnosticSeverity.Info)
            .ToList();
        if (problems.Count > 0)
        {
            var counts = problems.GroupBy(d => d.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}");
            console.WriteLine($"Load problems: {problems.Count} ({string.Join(", ", counts)}){(verbose ? string.Empty : "; --verbose lists them")}");
        }

        if (verbose)
        {
            foreach (var phase in scan.Phases.Where(p => p.Phase.Contains(':', StringComparison.Ordinal)))
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Safe(phase.Phase)} {phase.Elapsed.TotalSeconds:0.00} s"));
            }

            foreach (var diagnostic in scan.Diagnostics.Concat(scan.Projects.SelectMany(p => p.Diagnostics)).Concat(files.SelectMany(f => f.Diagnostics)))
            {
                console.WriteLine("  " + Safe(ScanRunner.DiagnosticLine(diagnostic)));
            }
        }

        if (members.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"{Math.Min(top, members.Count)} most complex members");
        table.AddColumn(new TableColumn("cc").RightAligned());
        table.AddColumn(new TableColumn("cog").RightAligned());
        table.AddColumn(new TableColumn("mi").RightAligned());
        table.AddColumn("member");
        table.AddColumn("where");
        foreach (var (file, member) in members
                     .OrderByDescending(x => x.Member.Metrics.Cyclomatic)
                     .ThenByDescending(x => x.Member.Metrics.Cognitive)
                     .ThenBy(x => x.File.Path, StringComparer.Ordinal)
                     .ThenBy(x => x.Member.Line)
                     .Take(top))
        {
            table.AddRow(
                new Text(member.Metrics.Cyclomatic.ToString(CultureInfo.InvariantCulture)),
                new Text(member.Metrics.Cognitive.ToString(CultureInfo.InvariantCulture)),
                new Text(member.Metrics.MaintainabilityIndex.ToString(CultureInfo.InvariantCulture)),
                new Text(Safe($"{ShortType(member.Type)}.{member.Name}")),
                new Text(Safe($"{file.Path}:{member.Line}")));
        }

        console.Write(table);
    }

    private static string ModeText(AnalysisMode mode) => mode switch
    {
        AnalysisMode.SyntaxOnly => "syntax-only",
        AnalysisMode.Degraded => "degraded",
        _ => "full",
    };

    private static string ShortType(string type)
    {
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        var head = generic < 0 ? type : type[..generic];
        var dot = head.LastIndexOf('.');
        return dot < 0 ? type : type[(dot + 1)..];
    }

    private static string Safe(string text) => TextSafety.ForConsole(text);
}
