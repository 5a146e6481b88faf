namespace DebtRadar.History.Model;

/// <summary>Two files that change together (code-maat's logical coupling).</summary>
/// <param name="File">The first file (ordinal order).</param>
/// <param name="Coupled">The second file.</param>
/// <param name="Degree">shared / mean(revisions of both) × 100, truncated to an integer as code-maat prints it.</param>
/// <param name="SharedRevisions">Commits (bulk commits excluded) that changed both.</param>
/// <param name="FileRevisions">Revisions of <paramref name="File"/> counted over the same commits.</param>
/// <param name="CoupledRevisions">Revisions of <paramref name="Coupled"/> counted over the same commits.</param>
public sealed record CouplingPair(
    string File,
    string Coupled,
    int Degree,
    int SharedRevisions,
    int FileRevisions,
    int CoupledRevisions)
{
    /// <summary>code-maat's <c>average-revs</c> column: the mean of both revision counts, rounded up.</summary>
    public int AverageRevisions => (FileRevisions + CoupledRevisions + 1) / 2;
}
