namespace DebtRadar.Core.Coverage;

/// <summary>
/// CRAP (Change Risk Anti-Patterns, Savoia &amp; Evans, crap4j): cc² × (1 − coverage)³ + cc. A member
/// with cc 10 and no test scores 110; full coverage brings any member down to its cc. crap4j flags
/// scores above 30.
/// </summary>
public static class Crap
{
    /// <summary>The score of a member with cyclomatic complexity <paramref name="cyclomatic"/> and line coverage <paramref name="coverage"/> (0–1).</summary>
    public static double Compute(int cyclomatic, double coverage)
    {
        var uncovered = 1 - Math.Clamp(coverage, 0, 1);
        return ((double)cyclomatic * cyclomatic * uncovered * uncovered * uncovered) + cyclomatic;
    }
}
