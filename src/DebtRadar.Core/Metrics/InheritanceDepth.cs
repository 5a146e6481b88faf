using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>dit</c>: base-type steps to <c>object</c> (interfaces 0).</summary>
internal static class InheritanceDepth
{
    // PLACEHOLDER (skeleton).
    public static int Compute(SyntaxNode typeDeclaration, INamedTypeSymbol? symbol) => 1;
}
