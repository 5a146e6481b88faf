using System.Text;
using static DebtRadar.Reports.Proposal.Fmt;

namespace DebtRadar.Reports.Proposal;

/// <summary>The same figures at two snapshots side by side, with the change in each.</summary>
internal static class ComparisonMarkdown
{
    public static void Write(StringBuilder md, ProposalPack before, ProposalPack after)
    {
        ProposalMarkdown.Line(md, $"## After the work: snapshot {I(before.Heading.SnapshotId)} → {I(after.Heading.SnapshotId)}");
        ProposalMarkdown.Line(md);
        ProposalMarkdown.Line(md, $"Before: snapshot {I(before.Heading.SnapshotId)} (commit {Short(before.Heading.Commit)}, {Date(before.Heading.Timestamp)}). After: snapshot {I(after.Heading.SnapshotId)} (commit {Short(after.Heading.Commit)}, {Date(after.Heading.Timestamp)}). Each side is computed from its own snapshot and the history window that ends at it.");
        ProposalMarkdown.Line(md);
        ProposalMarkdown.Line(md, "| figure | before | after | change |");
        ProposalMarkdown.Line(md, "|---|---:|---:|---:|");
        Row(md, "files", before.Scope.Files.Length, after.Scope.Files.Length);
        Row(md, "types", before.Scope.Types.Length, after.Scope.Types.Length);
        Row(md, "members", before.Scope.Members, after.Scope.Members);
        Row(md, "source lines", before.Scope.Lines, after.Scope.Lines);
        foreach (var m in after.Measurements)
        {
            if (before.Measurements.FirstOrDefault(b => b.Metric == m.Metric) is { } b)
            {
                Row(md, m.Metric, b.Value, m.Value);
                Row(md, m.Metric + ": worse than (% of " + m.Unit + ")", b.WorseThan * 100, m.WorseThan * 100, "0");
            }
        }

        Row(md, "findings", before.Debt.Findings, after.Debt.Findings);
        Row(md, "debt (minutes)", before.Debt.Minutes, after.Debt.Minutes);
        Row(md, "debt ratio (%)", before.Debt.Ratio * 100, after.Debt.Ratio * 100, "0.##");
        ProposalMarkdown.Line(md, $"| rating | {before.Debt.Rating} | {after.Debt.Rating} | {(before.Debt.Rating == after.Debt.Rating ? "=" : $"{before.Debt.Rating} → {after.Debt.Rating}")} |");
        Row(md, "commits changing it in the window", before.History.Revisions, after.History.Revisions);
        ProposalMarkdown.Line(md, $"| hotspot rank | {RankText(before)} | {RankText(after)} | {(before.Map.Rank is { } rb && after.Map.Rank is { } ra ? Signed(ra - rb, "0") : "n/a")} |");
        Interest(md, before.Case.InterestHoursPerYear, after.Case.InterestHoursPerYear);
        Row(md, "dependent types", before.Blast.DependentTypes.Length, after.Blast.DependentTypes.Length);
        ProposalMarkdown.Line(md);
        ProposalMarkdown.Line(md, "A lower hotspot rank number is worse (1 is the worst file). Every other figure below is the after side.");
        ProposalMarkdown.Line(md);
    }

    private static void Row(StringBuilder md, string label, double before, double after, string format = "0.#") =>
        ProposalMarkdown.Line(md, $"| {label} | {N(before, format)} | {N(after, format)} | {Signed(after - before, format)} |");

    private static void Interest(StringBuilder md, Core.Debt.Range? before, Core.Debt.Range? after)
    {
        static string Text(Core.Debt.Range? r) => r is null ? "none" : Range(r, Hours, " h/year");
        var change = before is not null && after is not null
            ? $"{Signed(after.Low - before.Low, "0.#")} / {Signed(after.High - before.High, "0.#")} h"
            : "n/a";
        ProposalMarkdown.Line(md, $"| interest | {Text(before)} | {Text(after)} | {change} |");
    }

    private static string RankText(ProposalPack pack) =>
        pack.Map.Rank is { } r ? $"#{I(r)} of {I(pack.Map.Points.Length)}" : "not ranked";

    /// <summary>The change as printed at the row's precision: a change too small to show is "=", never "+0".</summary>
    private static string Signed(double delta, string format)
    {
        var text = N(Math.Abs(delta), format);
        return text == N(0, format) ? "=" : (delta > 0 ? "+" : "−") + text;
    }
}
