namespace DebtRadar.History.Git;

/// <summary>One commit as <c>git log --numstat</c> reports it.</summary>
/// <param name="Sha">Full commit id.</param>
/// <param name="Parents">Number of parents (2+ for a merge).</param>
/// <param name="Author">Mailmap-normalised author name.</param>
/// <param name="CommitTime">Committer date, Unix seconds.</param>
/// <param name="Changes">The files it changed, against its first parent.</param>
internal sealed record GitCommit(string Sha, int Parents, string Author, long CommitTime, IReadOnlyList<FileChange> Changes);

/// <summary>One numstat line.</summary>
/// <param name="Path">Path after the commit.</param>
/// <param name="OldPath">Path before, when git detected a rename; otherwise null.</param>
/// <param name="Added">Lines added; 0 for binary files.</param>
/// <param name="Deleted">Lines deleted; 0 for binary files.</param>
internal readonly record struct FileChange(string Path, string? OldPath, int Added, int Deleted);
