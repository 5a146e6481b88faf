using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>nesting.max</c>: deepest control-flow nesting inside a member.</summary>
internal static class NestingDepth
{
    // PLACEHOLDER (skeleton).
    public static int Compute(SyntaxNode declaration) => 0;
}
