using System.Collections.Immutable;
using DebtRadar.Core.Metrics.Ms;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary>The operation blocks Microsoft.CodeAnalysis.Metrics walks for one member.</summary>
internal static class OperationBlocks
{
    /// <summary>
    /// Binds <paramref name="declaration"/> once and returns the root operations MS measures for it:
    /// the body (method/constructor body, or the arrow clause's block for an expression-bodied
    /// property), parameter default values and the member's own attributes, in MS's order. A
    /// bodiless member (abstract, extern, auto-accessor) may repeat a default or attribute block, as
    /// MS counts it twice. Empty when the declaration has no symbol.
    /// </summary>
    internal static ImmutableArray<IOperation> For(SyntaxNode declaration, SemanticModel model, CancellationToken ct) =>
        MsMember.Walk(declaration, model, collectHeaderTypes: false, ct)?.Blocks ?? [];
}
