using DebtRadar.Core.Debt;

namespace DebtRadar.Tui.ViewModels;

/// <summary>Files or members on the hotspot screen.</summary>
public enum HotspotLevel
{
    /// <summary>One row per file.</summary>
    Files,

    /// <summary>One row per member.</summary>
    Members,
}

/// <summary>The sortable columns of the hotspot table, in display order.</summary>
public enum HotspotColumn
{
    Name,
    Revisions,
    Churn,
    Authors,
    Cognitive,
    Debt,
    Rating,
    Score,
}

/// <summary>One row of the hotspot table.</summary>
/// <param name="Path">Repository-relative file path.</param>
/// <param name="Member">Member (<c>Type.Name(…)</c>) at member level, else null.</param>
/// <param name="Line">Line to jump to: the member's, or 1.</param>
/// <param name="Revisions">Commits that changed the file in the history window (at member level: the file's).</param>
/// <param name="Churn">Lines added plus deleted in the window (the file's).</param>
/// <param name="Authors">Distinct authors of the file in the window.</param>
/// <param name="MainAuthorShare">Share of the lines added by the file's main author, 0–1.</param>
/// <param name="Cognitive">Cognitive complexity: summed over the file's members, or the member's own.</param>
/// <param name="DebtMinutes">Remediation minutes of its findings.</param>
/// <param name="Findings">Findings counted.</param>
/// <param name="Rating">A–E debt rating.</param>
/// <param name="Score">Hotspot score 0–1 (normalised revisions × normalised complexity).</param>
/// <param name="Trend">Sparkline of the file's debt over the stored snapshots.</param>
public sealed record HotspotRow(
    string Path,
    string? Member,
    int Line,
    int Revisions,
    int Churn,
    int Authors,
    double MainAuthorShare,
    int Cognitive,
    double DebtMinutes,
    int Findings,
    DebtRating Rating,
    double Score,
    string Trend)
{
    /// <summary>What the row shows in its name column.</summary>
    public string Name => Member ?? Path;
}
