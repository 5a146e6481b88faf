using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>What MS's walk over one symbol's declarations found.</summary>
/// <param name="Blocks">The operation blocks whose descendants MS measures, in MS's order, repeats included.</param>
/// <param name="BodyBlocks">How many of them are bodies (Block, MethodBody, ConstructorBody): +1 cc each.</param>
/// <param name="HeaderTypes">Types of the syntax nodes visited outside any block (parameter types, attributes, constraints…); filled only on request.</param>
internal sealed record MsWalkResult(ImmutableArray<IOperation> Blocks, int BodyBlocks, ImmutableArray<ITypeSymbol> HeaderTypes);

/// <summary>
/// The syntax walk of MS's <c>MetricsHelper.ComputeCoupledTypesAndComplexityExcludingMemberDecls</c>:
/// breadth-first from each declaration (plus parameter syntax and the symbol's own attributes),
/// skipping nested member declarations and stopping at the first node that has a root operation.
/// </summary>
internal static class MsWalk
{
    public static MsWalkResult Run(ISymbol symbol, IReadOnlyList<SyntaxNode> declarations, SemanticModel model, bool collectHeaderTypes, CancellationToken ct)
    {
        var blocks = ImmutableArray.CreateBuilder<IOperation>();
        var headerTypes = ImmutableArray.CreateBuilder<ITypeSymbol>();
        var bodyBlocks = 0;
        var applicableAttributes = new HashSet<SyntaxNode>();
        var queue = new Queue<SyntaxNode>();

        foreach (var syntax in declarations)
        {
            queue.Enqueue(syntax);
            foreach (var parameter in ParametersOf(symbol))
            {
                var reference = parameter.DeclaringSyntaxReferences.FirstOrDefault();
                if (reference is not null)
                {
                    queue.Enqueue(reference.GetSyntax(ct));
                }
            }

            var attributes = symbol.GetAttributes();
            if (symbol is IMethodSymbol method)
            {
                attributes = attributes.AddRange(method.GetReturnTypeAttributes());
            }

            foreach (var attribute in attributes)
            {
                var reference = attribute.ApplicationSyntaxReference;
                if (reference is not null && reference.SyntaxTree == syntax.SyntaxTree)
                {
                    var attributeSyntax = reference.GetSyntax(ct);
                    if (applicableAttributes.Add(attributeSyntax))
                    {
                        queue.Enqueue(attributeSyntax);
                    }
                }
            }

            while (queue.Count != 0)
            {
                ct.ThrowIfCancellationRequested();
                var node = queue.Dequeue();
                var nodeModel = ModelFor(node, model);
                if (!ReferenceEquals(node, syntax))
                {
                    var declared = nodeModel.GetDeclaredSymbol(node, ct);
                    if (declared is not null && !SymbolEqualityComparer.Default.Equals(symbol, declared) && declared.Kind != SymbolKind.Parameter)
                    {
                        continue;
                    }
                }

                if (collectHeaderTypes && nodeModel.GetTypeInfo(node, ct).Type is { } type)
                {
                    headerTypes.Add(type);
                }

                var operation = nodeModel.GetOperation(node, ct);
                if (operation is not null && operation.Parent is null)
                {
                    if (operation.Kind is OperationKind.Block or OperationKind.MethodBody or OperationKind.ConstructorBody)
                    {
                        bodyBlocks++;
                    }
                    else if (operation.Kind is OperationKind.Attribute or OperationKind.None && !applicableAttributes.Contains(node))
                    {
                        // Attributes of other symbols (e.g. a parameter's) are not this member's code.
                        continue;
                    }

                    blocks.Add(operation);
                }
                else
                {
                    foreach (var child in node.ChildNodes())
                    {
                        queue.Enqueue(child);
                    }
                }
            }
        }

        return new MsWalkResult(blocks.ToImmutable(), bodyBlocks, headerTypes.ToImmutable());
    }

    private static SemanticModel ModelFor(SyntaxNode node, SemanticModel model) =>
        node.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(node.SyntaxTree);

    private static ImmutableArray<IParameterSymbol> ParametersOf(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.Parameters,
        IPropertySymbol property => property.Parameters,
        _ => [],
    };

    /// <summary>MS's cc of the blocks: +1 per body, +1 per explicit branch operation (lambdas and local functions included).</summary>
    public static int Cyclomatic(MsWalkResult walk)
    {
        var cc = walk.BodyBlocks;
        foreach (var block in walk.Blocks)
        {
            cc += CountConditionalLogic(block);
        }

        return cc;
    }

    public static int CountConditionalLogic(IOperation block)
    {
        var count = 0;
        foreach (var operation in block.DescendantsAndSelf())
        {
            if (!operation.IsImplicit && HasConditionalLogic(operation))
            {
                count++;
            }
        }

        return count;
    }

    private static bool HasConditionalLogic(IOperation operation) => operation.Kind switch
    {
        OperationKind.CaseClause or OperationKind.Coalesce or OperationKind.Conditional or OperationKind.ConditionalAccess or OperationKind.Loop => true,
        OperationKind.BinaryOperator => operation is IBinaryOperation binary &&
            (binary.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr ||
             (binary.Type?.SpecialType == SpecialType.System_Boolean && binary.OperatorKind is BinaryOperatorKind.Or or BinaryOperatorKind.And)),
        _ => false,
    };
}
