namespace DebtRadar.Core.Model;

/// <summary>One factor that lowered a file's code health (docs/health.md lists every factor and its weight).</summary>
/// <param name="Factor">Stable factor id, e.g. <c>complex-method</c>, <c>duplication</c>.</param>
/// <param name="Penalty">Points taken off the score of 10 by this factor.</param>
/// <param name="Detail">What in the file caused it, e.g. <c>Parse(string): cc 24, cognitive 31</c>.</param>
public sealed record HealthFactor(string Factor, double Penalty, string Detail);

/// <summary>Code health bands, as in Tornhill &amp; Borg's "Code Red" (red &lt; 4, yellow 4–9, green ≥ 9).</summary>
public enum HealthBand
{
    /// <summary>Score below 4: the band with about 15× the defects of healthy code.</summary>
    Red,
    /// <summary>Score from 4 up to (not including) 9.</summary>
    Yellow,
    /// <summary>Score 9 or more.</summary>
    Green,
}
