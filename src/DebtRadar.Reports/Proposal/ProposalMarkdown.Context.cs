using System.Text;
using static DebtRadar.Reports.Proposal.Fmt;

namespace DebtRadar.Reports.Proposal;

internal static partial class ProposalMarkdown
{
    private static void HistorySection(StringBuilder md, HistoryFigures h)
    {
        Line(md, "## Who knows it (authors)");
        Line(md);
        if (!h.Available)
        {
            Line(md, $"No history: {h.Reason}. Authors, churn, change coupling and the calibration need the git history of the scanned folder.");
            Notes(md, h);
            return;
        }

        Line(md, $"Window {Date(h.Since)} to {Date(h.Until)} (`git log`, merges left out, renames followed): {Count(h.Revisions, "commit")} changed the target, +{I(h.Added)} −{I(h.Deleted)} lines.");
        if (h.MainDeveloper is { } main)
        {
            Line(md);
            Line(md, $"Main developer: {Cell(main)}, {Pct(h.MainDeveloperShare)} % of the {h.MainDeveloperBasis}{(h.MainDeveloperBasis == "lines added" ? " (code-maat's main developer, the hotspots CSV's `main_author_share`)" : " touching the target")}.");
        }

        if (!h.Authors.IsEmpty)
        {
            Line(md);
            Line(md, "| author | commits |");
            Line(md, "|---|---:|");
            foreach (var a in h.Authors.Take(10))
            {
                Line(md, $"| {Cell(a.Name)} | {I(a.Revisions)} |");
            }

            if (h.Authors.Length > 10)
            {
                Line(md, $"| {I(h.Authors.Length - 10)} more | {I(h.Authors.Skip(10).Sum(a => a.Revisions))} |");
            }
        }

        Notes(md, h);
    }

    private static void Notes(StringBuilder md, HistoryFigures h)
    {
        foreach (var note in h.Notes)
        {
            Line(md);
            Line(md, $"Note: {note}");
        }

        Line(md);
    }

    private static void Coupling(StringBuilder md, HistoryFigures h)
    {
        Line(md, "## What changes with it (change coupling)");
        Line(md);
        if (!h.Available)
        {
            Line(md, "No history, so no change coupling.");
        }
        else if (h.Coupling.IsEmpty)
        {
            Line(md, $"No file passed the coupling thresholds in this window ({h.CouplingThresholds}).");
        }
        else
        {
            Line(md, "| file | changes with | degree | shared commits | its revisions |");
            Line(md, "|---|---|---:|---:|---:|");
            foreach (var c in h.Coupling)
            {
                Line(md, $"| {Code(Cell(c.Path))} | {Code(Cell(c.With))} | {I(c.Degree)} % | {I(c.Shared)} | {I(c.Revisions)} |");
            }

            Line(md);
            Line(md, $"Degree = shared commits / mean revisions of both × 100 ({h.CouplingThresholds}).");
        }

        Line(md);
    }

    private static void Blast(StringBuilder md, BlastRadius b)
    {
        Line(md, "## What depends on it (blast radius)");
        Line(md);
        Line(md, $"{Count(b.DependentTypes.Length, "type")} outside the target reference it, in {Count(b.DependentProjects.Length, "project")}{(b.DependentProjects.IsEmpty ? string.Empty : ": " + string.Join(", ", b.DependentProjects.Select(Code)))}.");
        if (!b.DependentTypes.IsEmpty)
        {
            Line(md);
            Line(md, $"Dependent types: {string.Join(", ", b.DependentTypes.Take(20).Select(Code))}{More(b.DependentTypes.Length, 20)}.");
        }

        if (!b.Namespaces.IsEmpty)
        {
            Line(md);
            Line(md, "| namespace | Ca (afferent) | Ce (efferent) | instability |");
            Line(md, "|---|---:|---:|---:|");
            foreach (var n in b.Namespaces)
            {
                Line(md, $"| {Code(n.Name.Length == 0 ? "(global)" : n.Name)} | {I(n.Afferent)} | {I(n.Efferent)} | {N(n.Instability, "0.##")} |");
            }
        }

        Line(md);
        Line(md, $"How: {b.Method}.");
        Line(md);
    }
}
