using System.Collections.Immutable;
using System.Text;
using static DebtRadar.Reports.Proposal.Fmt;

namespace DebtRadar.Reports.Proposal;

/// <summary>The best candidates by expected return, one short section each.</summary>
internal static class TopMarkdown
{
    public static string Write(ImmutableArray<ProposalPack> packs, ChartSet charts)
    {
        var md = new StringBuilder();
        var h = packs[0].Heading;
        ProposalMarkdown.Line(md, $"# Refactoring candidates: the {I(packs.Length)} best by expected return");
        ProposalMarkdown.Line(md);
        ProposalMarkdown.Line(md, $"Snapshot {I(h.SnapshotId)} (commit {Short(h.Commit)}, {Date(h.Timestamp)}) · DebtRadar {h.ToolVersion} · {h.Mode}");
        ProposalMarkdown.Line(md);
        ProposalMarkdown.Line(md, "Expected return = interest hours avoided per year ÷ hours of remediation (midpoint of its range), over the files with findings and an interest estimate. `debtradar proposal FILE` gives the full case of any of them.");
        ProposalMarkdown.Line(md);
        ProposalMarkdown.Line(md, charts.Map is null ? $"*Churn × complexity map:* {packs[0].Map.Explanation}" : $"![churn × complexity of every changed file, the candidates in red]({ChartSet.MapName})");
        ProposalMarkdown.Line(md);
        for (var i = 0; i < packs.Length; i++)
        {
            Section(md, i + 1, packs[i]);
        }

        return md.ToString();
    }

    private static void Section(StringBuilder md, int position, ProposalPack pack)
    {
        var c = pack.Case;
        ProposalMarkdown.Line(md, $"## {I(position)}. {pack.Heading.Target}");
        ProposalMarkdown.Line(md);
        if (c.ExpectedReturn is { } r)
        {
            ProposalMarkdown.Line(md, $"- Expected return: {N(r.Low, "0.##")}–{N(r.High, "0.##")} h avoided per year per hour of remediation.");
        }

        ProposalMarkdown.Line(md, $"- Debt {Hours(c.RemediationHours)} h ({Money(c.RemediationHours * c.HourlyRate)} {c.Currency}), rating {pack.Debt.Rating}, {ProposalMarkdown.Count(pack.Debt.Findings, "finding")}{(pack.Findings.IsEmpty ? string.Empty : "; most: " + string.Join(", ", pack.Findings.Take(3).Select(f => $"{f.RuleId} ×{I(f.Count)}")))}.");
        if (c.InterestHoursPerYear is { } interest)
        {
            var payback = c.BreakingPointYears is { } b ? $", pays back in {Payback(b)}" : string.Empty;
            ProposalMarkdown.Line(md, $"- Interest {Range(interest, Hours, " h")} per year ({Range(interest with { Low = interest.Low * c.HourlyRate, High = interest.High * c.HourlyRate }, Money, " " + c.Currency)}){payback}.");
        }

        var history = pack.History.Available
            ? $"{ProposalMarkdown.Count(pack.History.Revisions, "commit")} in the window, {ProposalMarkdown.Count(pack.History.Authors.Length, "author")}{(pack.Map.Rank is { } rank ? $", hotspot #{I(rank)}" : string.Empty)}"
            : "no history: " + pack.History.Reason;
        var cognitive = pack.Measurements.FirstOrDefault(m => m.Metric.StartsWith("cog.sonar total", StringComparison.Ordinal));
        ProposalMarkdown.Line(md, $"- {history}{(cognitive is null ? string.Empty : $"; cognitive {N(cognitive.Value)} (worse than {Pct(cognitive.WorseThan)} % of {cognitive.Unit})")}; {ProposalMarkdown.Count(pack.Blast.DependentTypes.Length, "dependent type")}.");
        ProposalMarkdown.Line(md);
    }
}
