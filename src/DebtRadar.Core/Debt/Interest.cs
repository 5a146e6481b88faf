using System.Collections.Immutable;
using System.Globalization;

namespace DebtRadar.Core.Debt;

/// <summary>
/// NDepend's interest idea with Code Red's coefficients: a change to a file costs more the worse
/// its health, so interest per year = changes per year × minutes per change × penalty, where the
/// penalty runs from 0 (rating A) to the worst-band penalty (rating E) in equal steps — the
/// linear interpolation between bands is this tool's assumption and is named as such.
/// </summary>
internal static class Interest
{
    public static (Range Interest, Range? BreakingPoint) Compute(double debtMinutes, DebtRating rating, ChangeFrequency? history, CostModel cost)
    {
        var health = (int)rating / 4.0; // A 0, B 0.25, C 0.5, D 0.75, E 1
        var (changesLow, changesHigh, changeSource) = history is { } h
            ? (h.PerYear, h.PerYear, string.Create(CultureInfo.InvariantCulture, $"changes/year {h.PerYear:0.##}: git history ({h.Changes} commits in {h.Years:0.#} years)"))
            : (cost.PriorChangesLow, cost.PriorChangesHigh, string.Create(CultureInfo.InvariantCulture, $"changes/year {cost.PriorChangesLow:0.##}–{cost.PriorChangesHigh:0.##}: prior, no history"));
        ImmutableArray<string> sources =
        [
            changeSource,
            string.Create(CultureInfo.InvariantCulture, $"minutes/change {cost.MinutesPerChange:0.#}: cost model (assumption)"),
            string.Create(CultureInfo.InvariantCulture, $"penalty +{cost.PenaltyLow * 100:0}%…+{cost.PenaltyHigh * 100:0}% in the worst band: Tornhill & Borg, Code Red, 2022"),
            string.Create(CultureInfo.InvariantCulture, $"rating {rating} takes {health:0.##} of the worst-band penalty: linear between bands (assumption)"),
        ];
        var low = changesLow * cost.MinutesPerChange * cost.PenaltyLow * health;
        var high = changesHigh * cost.MinutesPerChange * cost.PenaltyHigh * health;
        var interest = new Range(low, high, sources);
        var breaking = low <= 0 || high <= 0 ? null : new Range(debtMinutes / high, debtMinutes / low, sources);
        return (interest, breaking);
    }
}
