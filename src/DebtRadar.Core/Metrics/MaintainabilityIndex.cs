using DebtRadar.Core.Model;

namespace DebtRadar.Core.Metrics;

/// <summary><c>mi.ms</c>: MI = max(0, 171 − 5.2·ln V − 0.23·CC − 16.2·ln ELOC) × 100 / 171.</summary>
internal static class MaintainabilityIndex
{
    // PLACEHOLDER (skeleton).
    public static int Compute(double halsteadVolume, int cyclomatic, int executableLines) => 100;

    /// <summary>Type MI: the formula over per-member averages.</summary>
    public static int ForType(IReadOnlyCollection<MemberMetrics> members) => 100;
}
