namespace DebtRadar.History.Model;

/// <summary>What the git history says about one file over the analysed window (code-maat's revisions, churn, authors).</summary>
/// <param name="Path">Repository-relative path as of the analysed commit (renames followed back to older names).</param>
/// <param name="Revisions">Non-merge commits in the window that changed the file.</param>
/// <param name="Added">Lines added over those commits (binary changes count 0, as code-maat does).</param>
/// <param name="Deleted">Lines deleted over those commits.</param>
/// <param name="Authors">Distinct mailmap-normalised author names.</param>
/// <param name="MainAuthor">The author who added most lines (code-maat's main developer).</param>
/// <param name="MainAuthorShare">MainAuthor's lines added / all lines added (0–1; 0 when nothing was added).</param>
/// <param name="Fragmentation">1 − Σ(author revisions / revisions)², code-maat's fractal value, unrounded.</param>
/// <param name="FirstChange">Committer date of the oldest commit in the window that changed it.</param>
/// <param name="LastChange">Committer date of the newest such commit.</param>
public sealed record FileHistory(
    string Path,
    int Revisions,
    int Added,
    int Deleted,
    int Authors,
    string MainAuthor,
    double MainAuthorShare,
    double Fragmentation,
    DateTimeOffset FirstChange,
    DateTimeOffset LastChange);
