using System.Collections.Immutable;

namespace DebtRadar.History.Model;

/// <summary>One non-merge commit in the window, with the files it changed under their current names.</summary>
/// <param name="Commit">Full commit id.</param>
/// <param name="Author">Mailmap-normalised author name.</param>
/// <param name="CommitTime">Committer date.</param>
/// <param name="Files">Distinct current paths of the changed files.</param>
public sealed record ChangeSet(string Commit, string Author, DateTimeOffset CommitTime, ImmutableArray<string> Files);
