using System.Collections.Immutable;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.Storage;

namespace DebtRadar.Tui.Data;

/// <summary>A stored snapshot with its debt computed once: what every screen of one snapshot reads.</summary>
/// <param name="Info">The snapshot.</param>
/// <param name="Scan">Its recorded scan.</param>
/// <param name="Debt">Debt at every level, with interest from the stored churn.</param>
public sealed record SnapshotView(SnapshotInfo Info, ScanResult Scan, DebtReport Debt)
{
    /// <summary>
    /// The history window a scan reads by default is the 12 months before the commit (History's
    /// <c>HistoryRequest</c>); the snapshot stores revisions, not the window, so a year is assumed.
    /// </summary>
    public const double ChurnWindowYears = 1.0;

    /// <summary>Every file of the scan (a file linked into two projects once).</summary>
    public ImmutableArray<FileResult> Files { get; } =
        [.. Scan.Projects.SelectMany(p => p.Files).DistinctBy(f => f.Path, StringComparer.Ordinal).OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>Stored churn by path.</summary>
    public ImmutableDictionary<string, FileChurn> Churn { get; } = Scan.Churn.ToImmutableDictionary(c => c.Path, StringComparer.Ordinal);

    /// <summary>Debt of each file that has findings, by path.</summary>
    public ImmutableDictionary<string, DebtItem> FileDebt { get; } =
        Debt.Files.GroupBy(f => f.Path, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Findings of each file: its own and the type-scope findings its project keeps for it.</summary>
    public ImmutableDictionary<string, ImmutableArray<Finding>> FindingsByFile { get; } = Scan.Projects
        .SelectMany(p => p.Files.SelectMany(f => f.Findings).Concat(p.Findings))
        .GroupBy(f => f.Path, StringComparer.Ordinal)
        .ToImmutableDictionary(g => g.Key, g => g.DistinctBy(f => f.Fingerprint + "@" + f.Line).OrderBy(f => f.Line).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>Builds the view: debt from the findings, interest from the stored churn (priors where none).</summary>
    public static SnapshotView Of(StoredSnapshot stored, CostModel cost)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(cost);
        var frequencies = stored.Scan.Churn.IsEmpty
            ? null
            : stored.Scan.Churn.ToDictionary(c => c.Path, c => new ChangeFrequency(c.Revisions, ChurnWindowYears), StringComparer.Ordinal);
        return new SnapshotView(stored.Info, stored.Scan, DebtCalculator.Compute(stored.Scan, cost, frequencies));
    }

    /// <summary>Findings of one file (empty when none).</summary>
    public ImmutableArray<Finding> FindingsOf(string path) => FindingsByFile.GetValueOrDefault(path, []);

    /// <summary>The debt rating of a file: A when it has no finding.</summary>
    public DebtRating RatingOf(string path) => FileDebt.TryGetValue(path, out var item) ? item.Rating : DebtRating.A;
}
