using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Reports;
using DebtRadar.Tui.Data;
using DebtRadar.Tui.Text;

namespace DebtRadar.Tui.ViewModels;

/// <summary>How one file's debt changed between two snapshots.</summary>
public sealed record FileChange(string Path, double BeforeMinutes, double AfterMinutes, int BeforeFindings, int AfterFindings)
{
    public double DeltaMinutes => AfterMinutes - BeforeMinutes;
}

/// <summary>The compare screen: "what did this change do?" — totals side by side, then files ranked by change in debt.</summary>
public sealed class CompareViewModel
{
    public CompareViewModel(SnapshotView before, SnapshotView after)
    {
        Before = before ?? throw new ArgumentNullException(nameof(before));
        After = after ?? throw new ArgumentNullException(nameof(after));
        var paths = before.Files.Select(f => f.Path).Union(after.Files.Select(f => f.Path), StringComparer.Ordinal);
        var changes = paths
            .Select(p => new FileChange(
                p,
                before.FileDebt.GetValueOrDefault(p)?.RemediationMinutes ?? 0,
                after.FileDebt.GetValueOrDefault(p)?.RemediationMinutes ?? 0,
                before.FindingsOf(p).Length,
                after.FindingsOf(p).Length))
            .Where(c => c.DeltaMinutes != 0 || c.BeforeFindings != c.AfterFindings)
            .ToList();
        Worse = [.. changes.Where(c => c.DeltaMinutes > 0 || (c.DeltaMinutes == 0 && c.AfterFindings > c.BeforeFindings)).OrderByDescending(c => c.DeltaMinutes).ThenBy(c => c.Path, StringComparer.Ordinal)];
        Better = [.. changes.Where(c => c.DeltaMinutes < 0 || (c.DeltaMinutes == 0 && c.AfterFindings < c.BeforeFindings)).OrderBy(c => c.DeltaMinutes).ThenBy(c => c.Path, StringComparer.Ordinal)];
    }

    public SnapshotView Before { get; }

    public SnapshotView After { get; }

    /// <summary>Files whose debt grew, most first.</summary>
    public ImmutableArray<FileChange> Worse { get; }

    /// <summary>Files whose debt shrank, most first.</summary>
    public ImmutableArray<FileChange> Better { get; }

    public IReadOnlyList<string> Lines(int maxRows = 10)
    {
        var b = Before.Debt.Solution;
        var a = After.Debt.Solution;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{"",-18}{Label(Before),-24}{Label(After),-24}change"),
            Row("rating", b.Rating.ToString(), a.Rating.ToString(), a.Rating == b.Rating ? "=" : a.Rating > b.Rating ? "worse" : "better"),
            Row("debt", TextChart.Hours(b.RemediationMinutes), TextChart.Hours(a.RemediationMinutes), Signed((a.RemediationMinutes - b.RemediationMinutes) / 60, " h")),
            Row("cognitive total", Before.Info.Totals.CognitiveTotal.ToString("N0", CultureInfo.InvariantCulture), After.Info.Totals.CognitiveTotal.ToString("N0", CultureInfo.InvariantCulture), Signed(After.Info.Totals.CognitiveTotal - Before.Info.Totals.CognitiveTotal, string.Empty)),
            Row("findings", b.Findings.ToString(CultureInfo.InvariantCulture), a.Findings.ToString(CultureInfo.InvariantCulture), Signed(a.Findings - b.Findings, string.Empty)),
            Row("files", Before.Info.Totals.Files.ToString(CultureInfo.InvariantCulture), After.Info.Totals.Files.ToString(CultureInfo.InvariantCulture), Signed(After.Info.Totals.Files - Before.Info.Totals.Files, string.Empty)),
            Row("lines", Before.Info.Totals.Loc.ToString("N0", CultureInfo.InvariantCulture), After.Info.Totals.Loc.ToString("N0", CultureInfo.InvariantCulture), Signed(After.Info.Totals.Loc - Before.Info.Totals.Loc, string.Empty)),
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"Worse ({Worse.Length} files, by change in debt):"),
        };
        lines.AddRange(Worse.Take(maxRows).Select(Change));
        if (Worse.IsEmpty)
        {
            lines.Add("  none");
        }

        lines.Add(string.Empty);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Better ({Better.Length} files):"));
        lines.AddRange(Better.Take(maxRows).Select(Change));
        if (Better.IsEmpty)
        {
            lines.Add("  none");
        }

        return lines;
    }

    private static string Label(SnapshotView view) => string.Create(
        CultureInfo.InvariantCulture,
        $"#{view.Info.Id} {view.Info.Metadata.Timestamp:yyyy-MM-dd}{(view.Info.Metadata.Commit is { } c ? " " + c[..Math.Min(7, c.Length)] : string.Empty)}");

    private static string Row(string name, string before, string after, string change) => $"{name,-18}{before,-24}{after,-24}{change}";

    private static string Change(FileChange c) => string.Create(
        CultureInfo.InvariantCulture,
        $"  {(Math.Abs(c.DeltaMinutes) < 6 ? Signed(Math.Round(c.DeltaMinutes), " min") : Signed(c.DeltaMinutes / 60, " h")),10}  findings {c.BeforeFindings,3} → {c.AfterFindings,-3}  {TextSafety.ForConsole(c.Path)}");

    private static string Signed(double value, string unit) => value switch
    {
        > 0 => string.Create(CultureInfo.InvariantCulture, $"+{value:0.#}{unit}"),
        < 0 => string.Create(CultureInfo.InvariantCulture, $"−{-value:0.#}{unit}"),
        _ => "±0" + unit,
    };
}
