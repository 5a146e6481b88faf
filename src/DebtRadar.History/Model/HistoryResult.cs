using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.History.Model;

/// <summary>Everything read from the history of one repository for one window.</summary>
/// <param name="RepositoryRoot">Top-level folder of the work tree; null when none was found.</param>
/// <param name="Head">The analysed commit; null when there is none (no repository, empty history).</param>
/// <param name="Since">Start of the window (inclusive).</param>
/// <param name="Until">End of the window (inclusive).</param>
/// <param name="Files">Per-file history, ordinal by path.</param>
/// <param name="ChangeSets">The commits of the window, newest first, for coupling and auditing.</param>
/// <param name="Diagnostics">Why the history may be partial or empty.</param>
public sealed record HistoryResult(
    string? RepositoryRoot,
    HeadCommit? Head,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    ImmutableArray<FileHistory> Files,
    ImmutableArray<ChangeSet> ChangeSets,
    ImmutableArray<ScanDiagnostic> Diagnostics)
{
    /// <summary>A result with no history and the reasons why.</summary>
    public static HistoryResult Empty(string? root, HeadCommit? head, ImmutableArray<ScanDiagnostic> diagnostics) =>
        new(root, head, null, null, [], [], diagnostics);
}

/// <summary>The commit whose history is analysed.</summary>
/// <param name="Commit">Full commit id.</param>
/// <param name="CommitTime">Its committer date: windows are measured back from here, never from the wall clock.</param>
/// <param name="Branch">The checked-out branch, or null for a detached HEAD.</param>
public sealed record HeadCommit(string Commit, DateTimeOffset CommitTime, string? Branch);
