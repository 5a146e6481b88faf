using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Storage;

/// <summary>What the caller knows about a scan besides its results.</summary>
/// <param name="Timestamp">The date the snapshot stands for: the scan's start, or the commit date in a backfill.</param>
/// <param name="StartedAt">When the scan started.</param>
/// <param name="FinishedAt">When the scan finished.</param>
/// <param name="Commit">The commit scanned (full hash), or null outside git.</param>
/// <param name="Branch">The branch, or null (detached head, no git).</param>
/// <param name="Dirty">The working tree had uncommitted changes.</param>
/// <param name="Mode">The loading mode asked for (full or syntax-only).</param>
/// <param name="ToolVersion">DebtRadar's version.</param>
/// <param name="ConfigurationHash">Hash of the configuration in force.</param>
/// <param name="MetricVersions">Definition version of each metric (METRICS.md), so a changed definition never reads as a trend.</param>
public sealed record SnapshotMetadata(
    DateTimeOffset Timestamp,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string? Commit,
    string? Branch,
    bool Dirty,
    AnalysisMode Mode,
    string ToolVersion,
    string ConfigurationHash,
    ImmutableSortedDictionary<string, string> MetricVersions);

/// <summary>Totals of one scope (the whole snapshot, a project, a file), as the trend CSV shows them.</summary>
/// <param name="Files">Files.</param>
/// <param name="Members">Measured members.</param>
/// <param name="Loc"><c>loc.source</c> summed over files.</param>
/// <param name="CyclomaticTotal">Sum of member <c>cc.ms</c>.</param>
/// <param name="CognitiveTotal">Sum of member <c>cog.sonar</c>.</param>
/// <param name="MiAverage">Mean member <c>mi.ms</c>; null without members.</param>
/// <param name="WorstMi">Lowest member <c>mi.ms</c>; null without members.</param>
/// <param name="CouplingAverage">Mean member <c>coupling.ms</c>; null without members.</param>
/// <param name="Findings">Rule findings (null in snapshots recorded before rules existed).</param>
/// <param name="DebtMinutes">Estimated remediation minutes, summed over findings (null before rules existed).</param>
public sealed record MetricSummary(
    int Files,
    int Members,
    int Loc,
    int CyclomaticTotal,
    int CognitiveTotal,
    double? MiAverage,
    int? WorstMi,
    double? CouplingAverage,
    int? Findings = null,
    double? DebtMinutes = null)
{
    /// <summary>Lines in clones (0 in snapshots recorded before clone detection).</summary>
    public int DuplicatedLines { get; init; }

    /// <summary>Duplicated lines / physical lines, 0–1; null when there are no lines (or before lines were recorded).</summary>
    public double? DuplicationDensity { get; init; }

    /// <summary>Mean code health of the files, 1–10; null before health existed.</summary>
    public double? HealthAverage { get; init; }

    /// <summary>Code health of the hotspots: mean file health weighted by hotspot score; null without churn or health.</summary>
    public double? HotspotHealth { get; init; }
}

/// <summary>A project's totals inside a snapshot.</summary>
public sealed record ProjectSummary(string Name, string Path, AnalysisMode Mode, MetricSummary Totals);

/// <summary>A stored snapshot without its file results: cheap to list.</summary>
/// <param name="Id">Store-wide id, never reused.</param>
/// <param name="RepositoryRoot">Absolute repository root at scan time.</param>
/// <param name="Target">What was scanned, as recorded in the scan result.</param>
/// <param name="Metadata">What the caller supplied.</param>
/// <param name="Totals">Totals of the whole snapshot.</param>
/// <param name="Projects">Per-project totals, in scan order.</param>
public sealed record SnapshotInfo(
    int Id,
    string RepositoryRoot,
    string Target,
    SnapshotMetadata Metadata,
    MetricSummary Totals,
    ImmutableArray<ProjectSummary> Projects);

/// <summary>A snapshot with the full scan result it recorded.</summary>
public sealed record StoredSnapshot(SnapshotInfo Info, ScanResult Scan);

/// <summary>The grouping of trend rows.</summary>
public enum TrendScope
{
    /// <summary>One row per snapshot.</summary>
    Solution,

    /// <summary>One row per snapshot and project.</summary>
    Project,

    /// <summary>One row per snapshot and file.</summary>
    File,
}

/// <summary>One row of <c>debtradar trend</c>.</summary>
/// <param name="Snapshot">Snapshot id.</param>
/// <param name="Timestamp">The date the snapshot stands for.</param>
/// <param name="Commit">Its commit, or null.</param>
/// <param name="Scope">Empty for the solution, else the project name or file path.</param>
/// <param name="Totals">The scope's totals.</param>
public sealed record TrendRow(int Snapshot, DateTimeOffset Timestamp, string? Commit, string Scope, MetricSummary Totals);

/// <summary>What a prune removed.</summary>
public sealed record PruneResult(int SnapshotsRemoved, int ResultsRemoved, int SnapshotsKept);
