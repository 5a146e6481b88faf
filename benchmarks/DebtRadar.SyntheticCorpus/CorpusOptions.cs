namespace DebtRadar.SyntheticCorpus;

/// <summary>What to generate. The same options always give the same bytes.</summary>
/// <param name="Lines">Approximate total lines of source (the last file may overshoot by one file).</param>
/// <param name="Seed">Seed of every random choice.</param>
/// <param name="Projects">Number of projects, or 0 for one per ~15k lines (at least 3, at most 12).</param>
public sealed record CorpusOptions(int Lines, int Seed = 1, int Projects = 0)
{
    /// <summary>The number of projects actually generated.</summary>
    public int ProjectCount => Projects > 0 ? Projects : Math.Clamp(Lines / 15_000, 3, 12);
}
