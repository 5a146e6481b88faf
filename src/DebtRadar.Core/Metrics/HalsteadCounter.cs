using DebtRadar.Core.Model;

namespace DebtRadar.Core.Metrics;

/// <summary>Halstead measures of a member: the MS volume (feeds <c>mi.ms</c>) and textbook counts.</summary>
internal static class HalsteadCounter
{
    // PLACEHOLDER (skeleton).
    public static double MsVolume(MemberContext member) => 0;

    // PLACEHOLDER (skeleton).
    public static HalsteadMetrics Textbook(MemberContext member) => HalsteadMetrics.Empty;
}
