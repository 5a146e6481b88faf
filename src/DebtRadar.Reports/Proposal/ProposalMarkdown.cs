using System.Text;
using static DebtRadar.Reports.Proposal.Fmt;

namespace DebtRadar.Reports.Proposal;

/// <summary>
/// The proposal document: a summary and the charts first (two screens), then each figure with its
/// inputs, then the estimate and where its coefficients come from, then the data behind the charts.
/// </summary>
internal static partial class ProposalMarkdown
{
    public static string Write(ProposalPack pack, ChartSet charts, ProposalPack? before)
    {
        var md = new StringBuilder();
        Heading(md, pack);
        Summary(md, pack);
        if (before is not null)
        {
            ComparisonMarkdown.Write(md, before, pack);
        }

        Charts(md, pack, charts);
        Scope(md, pack);
        Measurements(md, pack);
        Findings(md, pack);
        HistorySection(md, pack.History);
        Coupling(md, pack.History);
        Blast(md, pack.Blast);
        Estimate(md, pack);
        Appendix(md, pack);
        return md.ToString();
    }

    internal static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    private static void Heading(StringBuilder md, ProposalPack pack)
    {
        var h = pack.Heading;
        Line(md, $"# Refactoring proposal: {h.Target}");
        Line(md);
        Line(md, $"Snapshot {I(h.SnapshotId)} (commit {Short(h.Commit)}, {Date(h.Timestamp)}) · DebtRadar {h.ToolVersion} · {h.Mode} · definitions {string.Join(", ", h.MetricVersions)}");
        Line(md);
    }

    private static void Summary(StringBuilder md, ProposalPack pack)
    {
        Line(md, "## Summary");
        Line(md);
        var s = pack.Scope;
        Line(md, $"- {KindName(pack.Heading.Kind)} {Code(pack.Heading.Target)}: {Count(s.Files.Length, "file")}, {Count(s.Types.Length, "type")}, {Count(s.Members, "member")}, {I(s.Lines)} source lines ({N(s.Share * 100, "0.#")} % of the codebase's {I(s.CodebaseLines)}).");
        var h = pack.History;
        if (h.Available)
        {
            var rank = pack.Map.Rank is { } r ? $"Hotspot #{I(r)} of {I(pack.Map.Points.Length)} changed files: changed" : "Changed";
            Line(md, $"- {rank} in {I(h.Revisions)} of the {I(h.WindowCommits)} commits between {Date(h.Since)} and {Date(h.Until)} ({Pct(h.WindowCommits == 0 ? 0 : (double)h.Revisions / h.WindowCommits)} %), by {Count(h.Authors.Length, "person", "people")}.");
        }
        else
        {
            Line(md, $"- No history: {h.Reason}.");
        }

        var cognitive = pack.Measurements.FirstOrDefault(m => m.Metric.StartsWith("cog.sonar total", StringComparison.Ordinal));
        var complexity = cognitive is null ? string.Empty : $"Cognitive complexity {N(cognitive.Value)} (worse than {Pct(cognitive.WorseThan)} % of {cognitive.Unit}); ";
        Line(md, $"- {complexity}{Count(pack.Debt.Findings, "finding")}; debt {Hours(pack.Debt.Minutes / 60)} h, rating {pack.Debt.Rating}.");
        var c = pack.Case;
        if (c.InterestHoursPerYear is { High: <= 0 })
        {
            Line(md, "- Estimated cost of leaving it: none measurable: its changes in the window did not land in code that breaks a complexity or size rule or rates below A.");
        }
        else if (c.InterestHoursPerYear is { } interest)
        {
            var payback = c.BreakingPointYears is { } b ? $"; fixing pays back in {Payback(b)}" : string.Empty;
            Line(md, $"- Estimated cost of leaving it: {Range(interest, Hours, " h")} per year (interest), {Range(interest with { Low = interest.Low * c.HourlyRate, High = interest.High * c.HourlyRate }, Money, " " + c.Currency)}{payback}.");
        }
        else
        {
            Line(md, "- No interest estimate: the target has no finding, so its rating carries no penalty.");
        }

        if (c.DefectReduction is { } defects && c.TimeReduction is { } time)
        {
            var source = c.Calibration.Calibrated ? "this repository's bug-fix history" : "Code Red priors";
            Line(md, $"- Expected effect of bringing it to healthy levels: {Range(defects, Pct, " %")} fewer defects ({source}), {Range(time, Pct, " %")} less time per change (Code Red priors).");
        }

        Line(md);
    }

    private static void Charts(StringBuilder md, ProposalPack pack, ChartSet charts)
    {
        Line(md, "## Why this target (charts)");
        Line(md);
        Line(md, charts.Trend is null ? $"*Trend:* {pack.Trend.Explanation}" : $"![complexity and debt at each stored snapshot]({ChartSet.TrendName})");
        Line(md);
        Line(md, charts.Churn is null ? $"*Changes per month:* {ChurnMissing(pack.History)}" : $"![commits and lines changed per month]({ChartSet.ChurnName})");
        Line(md);
        Line(md, charts.Map is null ? $"*Churn × complexity map:* {pack.Map.Explanation}" : $"![churn × complexity of every changed file, this target in red]({ChartSet.MapName})");
        if (charts.Map is not null && pack.Map.Explanation is { } note)
        {
            Line(md);
            Line(md, note);
        }

        Line(md);
    }

    private static string ChurnMissing(HistoryFigures history) =>
        !history.Available ? $"no chart, because there is no history: {history.Reason}." : $"no chart: the target did not change between {Date(history.Since)} and {Date(history.Until)}.";

    private static void Scope(StringBuilder md, ProposalPack pack)
    {
        Line(md, "## What it is and where");
        Line(md);
        const int shown = 15;
        Line(md, $"Files ({I(pack.Scope.Files.Length)}): {string.Join(", ", pack.Scope.Files.Take(shown).Select(Code))}{More(pack.Scope.Files.Length, shown)}");
        Line(md);
        Line(md, $"Types ({I(pack.Scope.Types.Length)}): {(pack.Scope.Types.IsEmpty ? "none" : string.Join(", ", pack.Scope.Types.Take(shown).Select(Code)))}{More(pack.Scope.Types.Length, shown)}");
        Line(md);
        Line(md, $"Source lines are the file CSV's `loc_source`{(pack.Heading.Kind == TargetKind.Type ? " (for a type: the type CSV's `loc_source`, its own declarations)" : string.Empty)}; the codebase has {I(pack.Scope.CodebaseFiles)} files.");
        Line(md);
    }

    private static void Measurements(StringBuilder md, ProposalPack pack)
    {
        Line(md, "## Measurements against the codebase");
        Line(md);
        if (pack.Measurements.IsEmpty)
        {
            Line(md, "No member was measured in the target, so there is nothing to compare.");
            Line(md);
            return;
        }

        Line(md, "| metric | value | worse than | compared with | read from | where |");
        Line(md, "|---|---:|---:|---|---|---|");
        foreach (var m in pack.Measurements)
        {
            Line(md, $"| {m.Metric}{(m.HigherIsWorse ? string.Empty : " (lower is worse)")} | {N(m.Value)} | {Pct(m.WorseThan)} % | {I(m.Population)} {m.Unit} | {m.Source} | {(m.Where is null ? string.Empty : Code(Cell(m.Where)))} |");
        }

        Line(md);
        Line(md, "\"Worse than\" is the share of the compared files or types with a strictly better value; files without members are not compared.");
        Line(md);
    }

    private static void Findings(StringBuilder md, ProposalPack pack)
    {
        Line(md, "## What is wrong (findings by rule)");
        Line(md);
        if (pack.Findings.IsEmpty)
        {
            Line(md, "No rule found anything in the target.");
        }
        else
        {
            Line(md, "| rule | category | findings | remediation minutes |");
            Line(md, "|---|---|---:|---:|");
            foreach (var f in pack.Findings)
            {
                Line(md, $"| {f.RuleId} | {Cell(f.Category)} | {I(f.Count)} | {N(f.Minutes)} |");
            }
        }

        var d = pack.Debt;
        Line(md);
        Line(md, $"Debt: {N(d.Minutes)} minutes ({Hours(d.Minutes / 60)} h) = the sum of the findings CSV's `remediation_minutes` for the target. Debt ratio {N(d.Ratio * 100, "0.##")} % = {N(d.Minutes)} / ({N(d.MinutesPerLine)} min/line × {I(d.Lines)} lines of code); rating {d.Rating} (SonarQube's bands A ≤ 5 %, B ≤ 10 %, C ≤ 20 %, D ≤ 50 %).");
        Line(md);
    }

    private static string KindName(TargetKind kind) => kind switch
    {
        TargetKind.File => "File",
        TargetKind.Type => "Type",
        TargetKind.Namespace => "Namespace",
        TargetKind.Project => "Project",
        _ => "Files matching",
    };

    internal static string Count(int n, string singular, string? plural = null) =>
        $"{I(n)} {(n == 1 ? singular : plural ?? singular + "s")}";

    private static string More(int total, int shown) => total > shown ? $" and {I(total - shown)} more" : string.Empty;
}
