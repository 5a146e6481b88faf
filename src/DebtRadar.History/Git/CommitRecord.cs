namespace DebtRadar.History.Git;

/// <summary>
/// Everything the history needs from one commit, as stored in the history cache: immutable for a given commit
/// id, whatever HEAD or the window.
/// </summary>
/// <param name="Sha">Full commit id.</param>
/// <param name="Parents">Number of parents (2+ for a merge).</param>
/// <param name="Author">Mailmap-normalised author name.</param>
/// <param name="CommitTime">Committer date, Unix seconds.</param>
/// <param name="CSharp">Numstat of the C# files (<c>*.cs</c>) against the first parent, renames between C# paths detected.</param>
/// <param name="Touched">Every file the commit changed (names and renames only, no line counts): the change set.</param>
internal sealed record CommitRecord(
    string Sha,
    int Parents,
    string Author,
    long CommitTime,
    IReadOnlyList<FileChange> CSharp,
    IReadOnlyList<FileChange> Touched);
