using System.Collections.Immutable;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;

namespace DebtRadar.Reports.Comparison;

/// <summary>Which snapshot a side of a comparison is: its id and commit when known.</summary>
/// <param name="Id">Snapshot id, or null for a scan that was not recorded.</param>
/// <param name="Commit">Commit id, or null outside git.</param>
public sealed record SnapshotLabel(int? Id, string? Commit);

/// <summary>A file the change touched, with its hotspot standing.</summary>
/// <param name="Path">Repository-relative path.</param>
/// <param name="Score">Hotspot score 0–1 (normalised revisions × complexity), or null when history was not read.</param>
/// <param name="Revisions">Commits that touched it in the history window, or null.</param>
/// <param name="Cognitive">Total cognitive complexity of its members now.</param>
/// <param name="CognitiveBefore">The same in the baseline, or null for a new file.</param>
public sealed record TouchedHotspot(string Path, double? Score, int? Revisions, int Cognitive, int? CognitiveBefore);

/// <summary>One side's debt as the summary shows it.</summary>
/// <param name="Label">Which snapshot.</param>
/// <param name="Rating">A–E.</param>
/// <param name="DebtMinutes">Remediation minutes of all findings.</param>
/// <param name="Findings">Number of findings.</param>
/// <param name="CyclomaticTotal">Sum of member cyclomatic complexity.</param>
public sealed record SideSummary(SnapshotLabel Label, DebtRating Rating, double DebtMinutes, int Findings, int CyclomaticTotal);

/// <summary>What a change did to the debt, ready for a pull-request comment or a gate.</summary>
/// <param name="Current">The scan being judged.</param>
/// <param name="Baseline">What it is compared with, or null.</param>
/// <param name="Diff">New and fixed findings, or null without a baseline.</param>
/// <param name="Hotspots">Touched files, highest hotspot score first (all files without a baseline).</param>
public sealed record ChangeSummary(SideSummary Current, SideSummary? Baseline, FindingDiff? Diff, ImmutableArray<TouchedHotspot> Hotspots)
{
    /// <summary>Builds the summary of <paramref name="current"/> against <paramref name="baseline"/> (optional).</summary>
    /// <param name="current">The scan being judged, its label and solution-level debt.</param>
    /// <param name="baseline">The baseline scan, its label and debt, or null.</param>
    /// <param name="maxHotspots">How many touched hotspots to keep.</param>
    public static ChangeSummary Create(
        (ScanResult Scan, SnapshotLabel Label, DebtItem Debt) current,
        (ScanResult Scan, SnapshotLabel Label, DebtItem Debt)? baseline,
        int maxHotspots = 5)
    {
        ArgumentNullException.ThrowIfNull(current.Scan);
        var diff = baseline is { } b ? FindingDiff.Compare(ScanFindings.All(b.Scan), ScanFindings.All(current.Scan)) : null;
        return new ChangeSummary(
            Side(current.Scan, current.Label, current.Debt),
            baseline is { } side ? Side(side.Scan, side.Label, side.Debt) : null,
            diff,
            Touched(current.Scan, baseline?.Scan, maxHotspots));
    }

    private static SideSummary Side(ScanResult scan, SnapshotLabel label, DebtItem debt) => new(
        label,
        debt.Rating,
        debt.RemediationMinutes,
        ScanFindings.All(scan).Count(),
        scan.Projects.Sum(p => p.Files.Sum(f => f.Members.Sum(m => m.Metrics.Cyclomatic))));

    private static ImmutableArray<TouchedHotspot> Touched(ScanResult current, ScanResult? baseline, int max)
    {
        var before = baseline?.Projects.SelectMany(p => p.Files)
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var churn = current.Churn.GroupBy(c => c.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. current.Projects.SelectMany(p => p.Files)
            .Where(f => before is null || !before.TryGetValue(f.Path, out var old) || old.ContentHash != f.ContentHash)
            .Select(f => new TouchedHotspot(
                f.Path,
                churn.TryGetValue(f.Path, out var c) ? c.HotspotScore : null,
                churn.TryGetValue(f.Path, out var r) ? r.Revisions : null,
                Cognitive(f),
                before is not null && before.TryGetValue(f.Path, out var o) ? Cognitive(o) : null))
            .OrderByDescending(h => h.Score ?? -1)
            .ThenByDescending(h => h.Cognitive)
            .ThenBy(h => h.Path, StringComparer.Ordinal)
            .Take(max)];
    }

    private static int Cognitive(FileResult file) => file.Members.Sum(m => m.Metrics.Cognitive);
}
