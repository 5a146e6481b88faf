namespace DebtRadar.History.Model;

/// <summary>code-maat's coupling thresholds, with its defaults.</summary>
/// <param name="MinRevisions">Minimum mean revisions of the pair (code-maat <c>--min-revs</c>, 5).</param>
/// <param name="MinSharedRevisions">Minimum shared revisions (<c>--min-shared-revs</c>, 5).</param>
/// <param name="MinDegree">Minimum degree in percent (<c>--min-coupling</c>, 30).</param>
/// <param name="MaxDegree">Maximum degree in percent (<c>--max-coupling</c>, 100).</param>
public sealed record CouplingOptions(
    int MinRevisions = 5,
    int MinSharedRevisions = 5,
    int MinDegree = 30,
    int MaxDegree = 100)
{
    /// <summary>code-maat's defaults.</summary>
    public static CouplingOptions Default { get; } = new();
}
