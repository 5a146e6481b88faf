using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>loc.source</c>: lines of a declaration span minus leading and trailing blank lines.</summary>
internal static class SourceLines
{
    // PLACEHOLDER (skeleton).
    public static int Compute(SyntaxNode node) => 0;
}
