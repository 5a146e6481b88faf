namespace DebtRadar.History.Model;

/// <summary>Churn attributed to one member from the changed line ranges of each commit.</summary>
/// <param name="File">Repository-relative path of the file as of the analysed commit.</param>
/// <param name="Type">Namespace-qualified containing type, as in the scan's member rows.</param>
/// <param name="Name">Member name with parameter types, as in the scan's member rows.</param>
/// <param name="Revisions">Commits in the window with at least one added or deleted line inside the member.</param>
/// <param name="Added">Added lines that fell inside the member's span in that commit's version.</param>
/// <param name="Deleted">Deleted lines that fell inside the member's span in the parent's version.</param>
/// <param name="Authors">Distinct authors of those commits.</param>
/// <param name="MainAuthor">The author who added most lines inside the member.</param>
/// <param name="MainAuthorShare">MainAuthor's added lines / all added lines (0–1).</param>
public sealed record MemberHistory(
    string File,
    string Type,
    string Name,
    int Revisions,
    int Added,
    int Deleted,
    int Authors,
    string MainAuthor,
    double MainAuthorShare);
