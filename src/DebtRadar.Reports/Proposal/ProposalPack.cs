using System.Collections.Immutable;
using DebtRadar.Core.Debt;

namespace DebtRadar.Reports.Proposal;

/// <summary>What a proposal's target names.</summary>
public enum TargetKind
{
    /// <summary>One source file.</summary>
    File,
    /// <summary>One type (partial declarations together).</summary>
    Type,
    /// <summary>Every file that declares a type in a namespace.</summary>
    Namespace,
    /// <summary>Every file of a project.</summary>
    Project,
    /// <summary>Every file matching a glob.</summary>
    Glob,
}

/// <summary>
/// Everything a refactoring proposal states about one target at one snapshot. Each figure keeps
/// its inputs so the writer can say where it comes from; nothing here is computed by the writer.
/// </summary>
public sealed record ProposalPack(
    ProposalHeading Heading,
    ProposalScope Scope,
    ImmutableArray<Measurement> Measurements,
    ImmutableArray<RuleTally> Findings,
    DebtFigures Debt,
    HistoryFigures History,
    TrendFigures Trend,
    HotspotMap Map,
    BlastRadius Blast,
    BusinessCase Case);

/// <summary>What was proposed and from which snapshot.</summary>
/// <param name="Target">The target as resolved (file path, type, namespace, project name or glob).</param>
/// <param name="Kind">What the target is.</param>
/// <param name="SnapshotId">The snapshot every figure is read from.</param>
/// <param name="Commit">Its commit, or null.</param>
/// <param name="Timestamp">The date the snapshot stands for.</param>
/// <param name="ToolVersion">DebtRadar version that recorded the snapshot.</param>
/// <param name="Mode">Analysis mode of the snapshot (full, degraded, syntax-only).</param>
/// <param name="MetricVersions">Metric definitions in force, as <c>key/version</c>.</param>
public sealed record ProposalHeading(
    string Target,
    TargetKind Kind,
    int SnapshotId,
    string? Commit,
    DateTimeOffset Timestamp,
    string ToolVersion,
    string Mode,
    ImmutableArray<string> MetricVersions);

/// <summary>What the target holds and its share of the codebase.</summary>
/// <param name="Files">Its files (repository-relative paths, ordinal order).</param>
/// <param name="Types">Namespace-qualified types declared in those files (or the one type).</param>
/// <param name="Members">Measured members.</param>
/// <param name="Lines">Source lines (<c>loc_source</c> of the file CSV; a type's own declaration lines for a type).</param>
/// <param name="CodebaseFiles">Files in the snapshot.</param>
/// <param name="CodebaseLines">Source lines in the snapshot.</param>
public sealed record ProposalScope(
    ImmutableArray<string> Files,
    ImmutableArray<string> Types,
    int Members,
    int Lines,
    int CodebaseFiles,
    int CodebaseLines)
{
    /// <summary>Lines / codebase lines, 0–1.</summary>
    public double Share => CodebaseLines == 0 ? 0 : (double)Lines / CodebaseLines;
}

/// <summary>One measurement set against the codebase's distribution.</summary>
/// <param name="Metric">Metric key as in METRICS.md, with the aggregation (e.g. <c>cog.sonar total</c>).</param>
/// <param name="Value">The target's value.</param>
/// <param name="WorseThan">Share of the population strictly better than the value, 0–1.</param>
/// <param name="Population">Units compared (files or types).</param>
/// <param name="Unit">What the population is made of: <c>files</c> or <c>types</c>.</param>
/// <param name="HigherIsWorse">False for the maintainability index.</param>
/// <param name="Source">Where the value can be read: CSV level and column.</param>
/// <param name="Where">The file or type holding the value, when the target has several.</param>
public sealed record Measurement(
    string Metric,
    double Value,
    double WorseThan,
    int Population,
    string Unit,
    bool HigherIsWorse,
    string Source,
    string? Where);

/// <summary>Findings of one rule in the target.</summary>
public sealed record RuleTally(string RuleId, string Category, int Count, double Minutes);

/// <summary>SQALE debt of the target.</summary>
/// <param name="Minutes">Remediation minutes: the sum of its findings' <c>remediation_minutes</c>.</param>
/// <param name="Findings">Findings counted.</param>
/// <param name="Lines">Lines of code the ratio divides by (nloc).</param>
/// <param name="MinutesPerLine">Cost to write one line (cost model).</param>
/// <param name="Ratio">Minutes / (minutes per line × lines).</param>
/// <param name="Rating">A–E from the ratio.</param>
public sealed record DebtFigures(double Minutes, int Findings, int Lines, double MinutesPerLine, double Ratio, DebtRating Rating);

/// <summary>What git says about the target over the history window.</summary>
/// <param name="Available">False when no history could be read (the reason says why).</param>
/// <param name="Reason">Why there is no (or partial) history.</param>
/// <param name="Since">Window start.</param>
/// <param name="Until">Window end.</param>
/// <param name="Revisions">Commits in the window that changed any of its files (renames followed).</param>
/// <param name="WindowCommits">All commits in the window.</param>
/// <param name="Added">Lines added to its files.</param>
/// <param name="Deleted">Lines deleted from its files.</param>
/// <param name="Authors">Authors by commits touching it, most first.</param>
/// <param name="MainDeveloper">code-maat's main developer (most lines added) for one file; most commits for several.</param>
/// <param name="MainDeveloperShare">That author's share, 0–1.</param>
/// <param name="MainDeveloperBasis">What the share is of: <c>lines added</c> or <c>commits</c>.</param>
/// <param name="Months">Revisions and churn per calendar month of the window, oldest first.</param>
/// <param name="Coupling">Files that change with it (code-maat's degree), strongest first.</param>
/// <param name="CouplingThresholds">The thresholds pairs had to pass.</param>
/// <param name="Notes">Why the history may be partial.</param>
public sealed record HistoryFigures(
    bool Available,
    string? Reason,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    int Revisions,
    int WindowCommits,
    int Added,
    int Deleted,
    ImmutableArray<AuthorShare> Authors,
    string? MainDeveloper,
    double MainDeveloperShare,
    string MainDeveloperBasis,
    ImmutableArray<MonthActivity> Months,
    ImmutableArray<CoupledFile> Coupling,
    string CouplingThresholds,
    ImmutableArray<string> Notes)
{
    /// <summary>No history, and why.</summary>
    public static HistoryFigures None(string reason, ImmutableArray<string> notes) =>
        new(false, reason, null, null, 0, 0, 0, 0, [], null, 0, "commits", [], [], string.Empty, notes);
}

/// <summary>One author's commits touching the target.</summary>
public sealed record AuthorShare(string Name, int Revisions);

/// <summary>One calendar month (<c>yyyy-MM</c>) of the window.</summary>
/// <param name="Month">The month.</param>
/// <param name="Revisions">Commits that changed the target.</param>
/// <param name="Added">Lines added to the target's current paths (numstat, renames not followed).</param>
/// <param name="Deleted">Lines deleted from them.</param>
/// <param name="BugFixes">Of those commits, the ones whose message matches the bug-fix patterns.</param>
public sealed record MonthActivity(string Month, int Revisions, int Added, int Deleted, int BugFixes);

/// <summary>A file that changes together with the target.</summary>
/// <param name="Path">The other file.</param>
/// <param name="With">The target's file it couples with.</param>
/// <param name="Degree">shared / mean(revisions) × 100.</param>
/// <param name="Shared">Commits that changed both.</param>
/// <param name="Revisions">The other file's revisions.</param>
public sealed record CoupledFile(string Path, string With, int Degree, int Shared, int Revisions);

/// <summary>Complexity and debt of the target at each stored snapshot of the same target, oldest first.</summary>
/// <param name="Points">One per snapshot that holds the target.</param>
/// <param name="Explanation">Why there is no chart (fewer than two snapshots), or null.</param>
public sealed record TrendFigures(ImmutableArray<TrendPoint> Points, string? Explanation);

/// <summary>The target's totals in one snapshot (from the per-file totals of the trend CSV).</summary>
public sealed record TrendPoint(int Snapshot, DateTimeOffset Timestamp, string? Commit, int Cyclomatic, int Cognitive, double DebtMinutes);

/// <summary>The codebase's churn × complexity map with the target marked.</summary>
/// <param name="Points">Every scanned file that changed in the window.</param>
/// <param name="Rank">The target's best hotspot rank (1 = worst), or null when it did not change.</param>
/// <param name="TargetScore">Its best hotspot score, 0–1.</param>
/// <param name="Explanation">Why there is no map, or null.</param>
public sealed record HotspotMap(ImmutableArray<MapPoint> Points, int? Rank, double TargetScore, string? Explanation);

/// <summary>One file on the map.</summary>
public sealed record MapPoint(string Path, int Revisions, int Complexity, bool IsTarget);

/// <summary>What depends on the target.</summary>
/// <param name="DependentTypes">Types outside the target that reference a type inside it.</param>
/// <param name="DependentProjects">Projects holding those types, or referencing the target's projects.</param>
/// <param name="Namespaces">Martin's metrics of the namespaces the target's types live in.</param>
/// <param name="Method">How dependents were derived, and the limits of that.</param>
public sealed record BlastRadius(
    ImmutableArray<string> DependentTypes,
    ImmutableArray<string> DependentProjects,
    ImmutableArray<NamespaceCoupling> Namespaces,
    string Method);

/// <summary>A namespace's afferent and efferent coupling (R. C. Martin).</summary>
public sealed record NamespaceCoupling(string Name, int Afferent, int Efferent, double Instability);

/// <summary>The money case: interest, payback, expected effect, each a range with its sources.</summary>
/// <param name="InterestHoursPerYear">Extra hours per year spent changing the target as it is (member-level when member history exists).</param>
/// <param name="FileLevelInterestHoursPerYear">The same formula applied per file with the file's rating, as the scan summary does; null without findings.</param>
/// <param name="Health">Share of the worst band's penalty the target carries (0 healthy … 1 worst), or null.</param>
/// <param name="HealthBasis">How <paramref name="Health"/> was obtained.</param>
/// <param name="BreakingPointYears">Debt / interest.</param>
/// <param name="RemediationHours">Debt in hours.</param>
/// <param name="HourlyRate">Money per hour.</param>
/// <param name="Currency">Currency code.</param>
/// <param name="DefectReduction">Expected share of defects avoided after reaching health, 0–1.</param>
/// <param name="TimeReduction">Expected share of time per change saved, 0–1.</param>
/// <param name="Calibration">How the defect figure was obtained.</param>
public sealed record BusinessCase(
    Core.Debt.Range? InterestHoursPerYear,
    Core.Debt.Range? FileLevelInterestHoursPerYear,
    double? Health,
    string HealthBasis,
    Core.Debt.Range? BreakingPointYears,
    double RemediationHours,
    double HourlyRate,
    string Currency,
    Core.Debt.Range? DefectReduction,
    Core.Debt.Range? TimeReduction,
    Calibration Calibration)
{
    /// <summary>Interest hours avoided per remediation hour (low, high), or null without interest or debt.</summary>
    public (double Low, double High)? ExpectedReturn =>
        InterestHoursPerYear is { } i && RemediationHours > 0 ? (i.Low / RemediationHours, i.High / RemediationHours) : null;
}

/// <summary>The calibration of the defect effect on this repository's own bug-fix commits.</summary>
/// <param name="Calibrated">True when this repository's history was used; false when the priors were.</param>
/// <param name="Reason">Why the priors were used, or what the calibration found.</param>
/// <param name="BugFixCommits">Commits in the window whose message matched.</param>
/// <param name="Patterns">The bug-fix message patterns.</param>
/// <param name="UnhealthyFiles">Files in the unhealthy group.</param>
/// <param name="HealthyFiles">Files in the healthy group.</param>
/// <param name="DensityRatio">Mean bug-fix density of unhealthy / healthy files (point estimate), or null.</param>
/// <param name="Iterations">Bootstrap resamples.</param>
/// <param name="Seed">Random seed (results are reproducible).</param>
public sealed record Calibration(
    bool Calibrated,
    string Reason,
    int BugFixCommits,
    string Patterns,
    int UnhealthyFiles,
    int HealthyFiles,
    double? DensityRatio,
    int Iterations,
    int Seed);
