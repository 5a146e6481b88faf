namespace DebtRadar.Core.Metrics;

/// <summary><c>loc.exec</c>: the MS executable-lines count of a member.</summary>
internal static class ExecutableLines
{
    // PLACEHOLDER (skeleton).
    public static int Compute(MemberContext member) => 0;
}
