using DebtRadar.Core.Metrics.Ms;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>mi.ms</c>: MI = max(0, 171 − 5.2·ln V − 0.23·CC − 16.2·ln ELOC) × 100 / 171.</summary>
internal static class MaintainabilityIndex
{
    /// <summary>The formula; ln terms clamp at 0; rounded half-to-even as MS's <c>Math.Round</c>.</summary>
    public static int Compute(double halsteadVolume, int cyclomatic, int executableLines)
    {
        var logVolume = Math.Max(0.0, Math.Log(halsteadVolume));
        var logLines = Math.Max(0.0, Math.Log(executableLines));
        return Normalize(171 - (5.2 * logVolume) - (0.23 * cyclomatic) - (16.2 * logLines));
    }

    /// <summary>
    /// A member's MI exactly as MS's <c>MethodMetricData</c> computes it: the MS volume, cc before
    /// 0 becomes 1, and effective lines (executable lines + 1 per parameter default block).
    /// </summary>
    public static int ForMember(MemberContext member)
    {
        var (volume, effectiveLines) = HalsteadCounter.MsVolumeAndLines(member);
        return Compute(volume, CyclomaticComplexity.Raw(member), effectiveLines);
    }

    /// <summary>
    /// Type MI: the formula over per-member averages of V, CC and ELOC, as MS's
    /// <c>NamedTypeMetricData</c> does. MS averages over its children (methods, each property and
    /// event with its accessors, fields with initializers) and takes the volume of the union of
    /// their operator and operand sets; DebtRadar averages over its members (accessors one by one)
    /// with the sum of their volumes, so type MI is close to, not equal to, MS's. A single member
    /// gives its own MI, as in MS.
    /// </summary>
    public static int ForType(IReadOnlyCollection<MemberMetrics> members)
    {
        if (members.Count == 0)
        {
            return 100;
        }

        if (members.Count == 1)
        {
            return members.First().MaintainabilityIndex;
        }

        double n = members.Count;
        var volume = members.Sum(m => m.MsHalsteadVolume) / n;
        var cc = members.Sum(m => m.Cyclomatic) / n;
        var lines = members.Sum(m => m.ExecutableLines) / n;
        return Normalize(171 - (5.2 * Math.Max(0.0, Math.Log(volume))) - (0.23 * cc) - (16.2 * Math.Max(0.0, Math.Log(lines))));
    }

    /// <summary>
    /// A type's MI exactly as MS computes it, from the symbol and every one of its declarations
    /// (so for a partial type it reads the other files too); null without a semantic model.
    /// Prefer it to <see cref="ForType"/> whenever a symbol is at hand.
    /// </summary>
    public static int? ForTypeSymbol(INamedTypeSymbol? symbol, SemanticModel? model) =>
        symbol is null || model is null ? null : MsTypeMaintainability.Compute(symbol, model, CancellationToken.None);

    private static int Normalize(double raw) => (int)Math.Round(Math.Max(0.0, raw) / 171.0 * 100.0);
}
