using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>loc.nloc</c>: lines holding code, no blank or comment-only lines (lizard's NLOC).</summary>
internal static class Nloc
{
    // PLACEHOLDER (skeleton).
    public static int Compute(SyntaxNode node) => 0;
}
