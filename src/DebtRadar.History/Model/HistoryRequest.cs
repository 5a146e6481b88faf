namespace DebtRadar.History.Model;

/// <summary>What history to read.</summary>
/// <param name="Path">A folder or file inside the work tree.</param>
/// <param name="Since">Window start; null means 12 months before the analysed commit.</param>
/// <param name="Until">Window end; null means the analysed commit.</param>
/// <param name="BulkChangeThreshold">Commits changing more files than this are left out of coupling (code-maat's max changeset size, 30).</param>
public sealed record HistoryRequest(
    string Path,
    WhenExpression? Since = null,
    WhenExpression? Until = null,
    int BulkChangeThreshold = 30);
