using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Comparison;

namespace DebtRadar.Reports.Markdown;

/// <summary>
/// A Markdown summary for a pull-request comment: rating and debt, the change since the baseline,
/// new and fixed findings (at most N listed, then a count) and the hotspots the change touched.
/// Pure: model in, text out; numbers in the invariant culture.
/// </summary>
public static class PullRequestSummary
{
    /// <summary>Writes <paramref name="summary"/>, listing at most <paramref name="maxListed"/> findings per section.</summary>
    public static void Write(TextWriter writer, ChangeSummary summary, int maxListed = 10)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        var now = summary.Current;
        var lines = new List<string>
        {
            $"## DebtRadar: rating {now.Rating} · debt {Minutes(now.DebtMinutes)}",
            string.Empty,
        };

        if (summary.Baseline is { } then && summary.Diff is { } diff)
        {
            lines.Add(Invariant($"Compared with {Label(then.Label)}: debt {SignedMinutes(now.DebtMinutes - then.DebtMinutes)}, findings {now.Findings} ({Signed(now.Findings - then.Findings)}), rating {then.Rating} → {now.Rating}."));
            lines.Add(string.Empty);
            lines.Add(Invariant($"| | baseline {Label(then.Label)} | this change {Label(now.Label)} | change |"));
            lines.Add("|---|---:|---:|---:|");
            lines.Add(Invariant($"| rating | {then.Rating} | {now.Rating} | {(now.Rating == then.Rating ? "=" : now.Rating > then.Rating ? "worse" : "better")} |"));
            lines.Add(Invariant($"| debt | {Minutes(then.DebtMinutes)} | {Minutes(now.DebtMinutes)} | {SignedMinutes(now.DebtMinutes - then.DebtMinutes)} |"));
            lines.Add(Invariant($"| findings | {then.Findings} | {now.Findings} | {Signed(now.Findings - then.Findings)} |"));
            lines.Add(Invariant($"| cyclomatic total | {then.CyclomaticTotal} | {now.CyclomaticTotal} | {Signed(now.CyclomaticTotal - then.CyclomaticTotal)} |"));
            lines.Add(string.Empty);
            Findings(lines, Invariant($"New findings: {diff.New.Length} (+{Minutes(diff.NewDebtMinutes)})"), diff.New, maxListed);
            Findings(lines, Invariant($"Fixed findings: {diff.Fixed.Length} (−{Minutes(diff.FixedDebtMinutes)})"), diff.Fixed, maxListed);
            if (diff.Moved > 0)
            {
                lines.Add(Invariant($"{diff.Moved} finding(s) moved to another file and count as existing."));
                lines.Add(string.Empty);
            }
        }
        else
        {
            lines.Add(Invariant($"{Label(now.Label)}: {now.Findings} findings. No baseline snapshot to compare with."));
            lines.Add(string.Empty);
        }

        Hotspots(lines, summary);
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>Minutes as people read them: <c>45 min</c>, <c>3 h 05 min</c>.</summary>
    public static string Minutes(double minutes)
    {
        var whole = (long)Math.Round(Math.Abs(minutes), MidpointRounding.AwayFromZero);
        return whole < 60 ? Invariant($"{whole} min") : Invariant($"{whole / 60} h {whole % 60:00} min");
    }

    private static void Findings(List<string> lines, string title, IReadOnlyList<Finding> findings, int maxListed)
    {
        lines.Add("### " + title);
        lines.Add(string.Empty);
        if (findings.Count == 0)
        {
            lines.Add("None.");
            lines.Add(string.Empty);
            return;
        }

        lines.Add("| rule | severity | where | message | minutes |");
        lines.Add("|---|---|---|---|---:|");
        foreach (var f in findings.OrderByDescending(f => f.Severity).ThenByDescending(f => f.RemediationMinutes).Take(maxListed))
        {
            var where = f.Path.Length == 0 ? string.Empty : MarkdownText.Code(f.Line > 0 ? Invariant($"{f.Path}:{f.Line}") : f.Path);
            lines.Add(Invariant($"| {f.RuleId} | {f.Severity.ToString().ToLowerInvariant()} | {where} | {MarkdownText.Escape(f.Message)} | {f.RemediationMinutes} |"));
        }

        if (findings.Count > maxListed)
        {
            lines.Add(string.Empty);
            lines.Add(Invariant($"…and {findings.Count - maxListed} more."));
        }

        lines.Add(string.Empty);
    }

    private static void Hotspots(List<string> lines, ChangeSummary summary)
    {
        lines.Add(summary.Baseline is null ? "### Top hotspots" : "### Hotspots touched");
        lines.Add(string.Empty);
        if (summary.Hotspots.IsEmpty)
        {
            lines.Add("None.");
            return;
        }

        lines.Add("| file | hotspot score | revisions | cognitive |");
        lines.Add("|---|---:|---:|---:|");
        foreach (var h in summary.Hotspots)
        {
            var cognitive = h.CognitiveBefore is { } before && before != h.Cognitive ? Invariant($"{h.Cognitive} ({Signed(h.Cognitive - before)})") : Invariant($"{h.Cognitive}");
            var score = h.Score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
            var revisions = h.Revisions is { } r ? r.ToString(CultureInfo.InvariantCulture) : "n/a";
            lines.Add($"| {MarkdownText.Code(h.Path)} | {score} | {revisions} | {cognitive} |");
        }
    }

    private static string Label(SnapshotLabel label)
    {
        var id = label.Id is { } i ? Invariant($"#{i}") : "this scan";
        return label.Commit is { Length: > 0 } c ? $"{id} ({MarkdownText.Code(c[..Math.Min(8, c.Length)])})" : id;
    }

    private static string Signed(int delta) => delta > 0 ? Invariant($"+{delta}") : delta < 0 ? Invariant($"−{-delta}") : "±0";

    private static string SignedMinutes(double delta) => Math.Round(delta) switch
    {
        > 0 => "+" + Minutes(delta),
        < 0 => "−" + Minutes(delta),
        _ => "±0 min",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
