using System.Globalization;
using DebtRadar.Core.Debt;
using CoreRange = DebtRadar.Core.Debt.Range;

namespace DebtRadar.Cli.Proposal;

/// <summary>
/// The expected effect of bringing code to healthy levels, from Code Red's figures
/// (Tornhill &amp; Borg, 2022): the worst band carries about 15× the defects of healthy code, and
/// changes there take +124 % (mean) to +800 % (worst case) longer. A rating takes its share of the
/// worst band's excess in equal steps (A 0 … E 1), the same assumption the interest estimate makes;
/// the defect range runs from the share of the band below to the band's own.
/// </summary>
internal static class EffectPriors
{
    public const double WorstBandDefectFactor = 15;

    public static double Health(DebtRating rating) => (int)rating / 4.0;

    public static CoreRange Defects(double h, string basis)
    {
        var low = Reduction(Math.Max(0, h - 0.25) * (WorstBandDefectFactor - 1));
        var high = Reduction(h * (WorstBandDefectFactor - 1));
        return new CoreRange(low, high,
        [
            "defects ×15 in the worst band vs healthy code: Tornhill & Borg, Code Red, 2022 (39 codebases)",
            string.Create(CultureInfo.InvariantCulture, $"{basis}: between {Math.Max(0, h - 0.25):0.##} and {h:0.##} of the worst band's excess, linear between bands (assumption)"),
        ]);
    }

    public static CoreRange Time(double h, string basis, CostModel cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return new CoreRange(Reduction(h * cost.PenaltyLow), Reduction(h * cost.PenaltyHigh),
        [
            string.Create(CultureInfo.InvariantCulture, $"time per change +{cost.PenaltyLow * 100:0}% (mean) to +{cost.PenaltyHigh * 100:0}% (worst case) in the worst band: Tornhill & Borg, Code Red, 2022"),
            string.Create(CultureInfo.InvariantCulture, $"{basis} takes {h:0.##} of it: linear between bands (assumption)"),
        ]);
    }

    /// <summary>Share saved when an excess factor of (1 + excess) goes back to 1.</summary>
    private static double Reduction(double excess) => excess <= 0 ? 0 : excess / (1 + excess);
}
