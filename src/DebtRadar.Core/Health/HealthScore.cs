using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Health;

/// <summary>
/// Code health of a file, 1–10 (10 best): 10 minus the penalty of each factor, each penalty capped,
/// the result clamped to 1–10 and rounded to one decimal. Every penalty only grows as its factor
/// worsens, so the score is monotone in each factor. Factors, thresholds and weights are documented
/// in docs/health.md; the constants below are that table.
/// </summary>
public static class HealthScore
{
    /// <summary>Lower bound of the yellow band (Code Red: red below 4).</summary>
    public const double YellowFrom = 4;

    /// <summary>Lower bound of the green band (Code Red: green from 9).</summary>
    public const double GreenFrom = 9;

    /// <summary>The band of a score.</summary>
    public static HealthBand Band(double score) => score < YellowFrom ? HealthBand.Red : score < GreenFrom ? HealthBand.Yellow : HealthBand.Green;

    /// <summary>The score and the factors that lowered it, largest penalty first.</summary>
    public static (double Score, ImmutableArray<HealthFactor> Factors) Compute(HealthInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var factors = new List<HealthFactor>();
        Add(factors, "complex-method", 3.0, input.Methods.Where(m => m.Cyclomatic > 10 || m.Cognitive > 15),
            m => Math.Min(1.5, 0.5 + (0.05 * (Math.Max(0, m.Cyclomatic - 10) + Math.Max(0, m.Cognitive - 15)))),
            m => Invariant($"{m.Name}: cc {m.Cyclomatic}, cognitive {m.Cognitive}"));
        Add(factors, "deep-nesting", 1.5, input.Methods.Where(m => m.MaxNesting >= 4),
            m => Math.Min(1.0, 0.5 + (0.25 * (m.MaxNesting - 4))),
            m => Invariant($"{m.Name}: nesting {m.MaxNesting}"));
        Add(factors, "bumpy-road", 1.5, input.Methods.Where(m => m.Bumps >= 2),
            m => Math.Min(1.0, 0.4 * (m.Bumps - 1)),
            m => Invariant($"{m.Name}: {m.Bumps} bumps"));
        Add(factors, "complex-conditional", 1.0, input.Methods.Where(m => m.ComplexConditionals > 0),
            m => 0.25 * m.ComplexConditionals,
            m => Invariant($"{m.Name}: {m.ComplexConditionals} complex conditions"));
        Add(factors, "large-method", 1.5, input.Methods.Where(m => m.Nloc > 70),
            m => Math.Min(1.0, 0.5 + (0.005 * (m.Nloc - 70))),
            m => Invariant($"{m.Name}: {m.Nloc} lines"));
        if (input.Nloc > 1000)
        {
            factors.Add(new HealthFactor("large-file", Math.Min(1.5, 0.5 + (0.001 * (input.Nloc - 1000))), Invariant($"{input.Nloc} lines of code")));
        }

        Add(factors, "low-cohesion", 1.5, input.Types.Where(t => t.Lcom4 > 1 && t.Members >= 7),
            t => Math.Min(1.0, 0.5 * (t.Lcom4 - 1)),
            t => Invariant($"{t.Name}: lcom4 {t.Lcom4}"));
        if (input.DuplicationDensity > 0)
        {
            factors.Add(new HealthFactor("duplication", Math.Min(2.0, 4 * input.DuplicationDensity), Invariant($"{input.DuplicationDensity:0%} of lines duplicated")));
        }

        if (input.LineCoverage is { } coverage && coverage < 1)
        {
            factors.Add(new HealthFactor("low-coverage", 1.5 * (1 - Math.Clamp(coverage, 0, 1)), Invariant($"{coverage:0%} line coverage")));
        }

        if (input.FindingsPer100Nloc > 0)
        {
            factors.Add(new HealthFactor("findings", Math.Min(1.5, 0.5 * input.FindingsPer100Nloc), Invariant($"{input.FindingsPer100Nloc:0.##} findings per 100 lines")));
        }

        var rounded = factors.Select(f => f with { Penalty = Math.Round(f.Penalty, 2) }).Where(f => f.Penalty > 0)
            .OrderByDescending(f => f.Penalty).ThenBy(f => f.Factor, StringComparer.Ordinal).ToImmutableArray();
        var score = Math.Round(Math.Clamp(10 - factors.Sum(f => f.Penalty), 1, 10), 1, MidpointRounding.ToEven);
        return (score, rounded);
    }

    private static void Add<T>(List<HealthFactor> factors, string factor, double cap, IEnumerable<T> items, Func<T, double> penalty, Func<T, string> detail)
    {
        var scored = items.Select(i => (Item: i, Penalty: penalty(i))).Where(p => p.Penalty > 0).OrderByDescending(p => p.Penalty).ToList();
        if (scored.Count == 0)
        {
            return;
        }

        // The detail names the worst three; the penalty counts all of them, up to the factor's cap.
        var names = string.Join("; ", scored.Take(3).Select(p => detail(p.Item)));
        var more = scored.Count > 3 ? Invariant($" (+{scored.Count - 3} more)") : string.Empty;
        factors.Add(new HealthFactor(factor, Math.Min(cap, scored.Sum(p => p.Penalty)), names + more));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
