using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary>The operation blocks Microsoft.CodeAnalysis.Metrics walks for one member, bound once.</summary>
internal static class OperationBlocks
{
    // PLACEHOLDER (skeleton): the topmost bound operations of the declaration.
    public static ImmutableArray<IOperation> For(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetOperation(declaration, cancellationToken) is { } operation ? [operation] : [];
}
