namespace DebtRadar.Core.Metrics;

/// <summary><c>cog.sonar</c>: cognitive complexity as SonarAnalyzer's S3776 computes it.</summary>
internal static class CognitiveComplexity
{
    // PLACEHOLDER (skeleton).
    public static int Compute(MemberContext member) => 0;
}
