using DebtRadar.Storage;

namespace DebtRadar.Tui.Data;

/// <summary>
/// What the dashboard asks of its host: the work that needs the scanner, git or the report
/// writers, none of which the dashboard may reference (ARCHITECTURE.md: Cli ──► Tui ──► Storage).
/// </summary>
public interface IDashboardServices
{
    /// <summary>
    /// Scans the target of <paramref name="snapshot"/> again (the current folder when null) and records
    /// a snapshot in the dashboard's database.
    /// </summary>
    Task<ServiceOutcome> RescanAsync(SnapshotInfo? snapshot, IProgress<RescanProgress> progress, CancellationToken cancellationToken);

    /// <summary>Writes the proposal pack of <paramref name="target"/>.</summary>
    Task<ServiceOutcome> WriteProposalAsync(ProposalTarget target, CancellationToken cancellationToken);
}

/// <summary>How a service call ended, in one line for the status bar.</summary>
public sealed record ServiceOutcome(bool Succeeded, string Message);

/// <summary>Progress of a rescan.</summary>
/// <param name="Stage">What is happening (loading, scanning a project, reading history, recording).</param>
/// <param name="Done">Units done, when counted.</param>
/// <param name="Total">Units in all; 0 when not counted.</param>
public sealed record RescanProgress(string Stage, int Done, int Total);

/// <summary>What a proposal is about: a file, a member of a file, or the whole snapshot.</summary>
/// <param name="SnapshotId">The snapshot it is built from.</param>
/// <param name="Path">Repository-relative file path; null for the whole snapshot.</param>
/// <param name="Member">Member (<c>Type.Name(…)</c>) inside the file, or null.</param>
public sealed record ProposalTarget(int SnapshotId, string? Path, string? Member)
{
    /// <summary>The argument <c>debtradar proposal</c> takes for this target.</summary>
    public string Argument => Path is null ? "." : Member is null ? Path : $"{Path}::{Member}";
}
