using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary>
/// One member as every metric sees it: its declaration, and in full mode its symbol and its
/// bound operation blocks. The blocks are bound once per member and shared by every semantic
/// metric, so no metric asks the semantic model node by node.
/// </summary>
internal sealed class MemberContext
{
    /// <summary>
    /// The declaration measured: a method, constructor, destructor, operator or conversion
    /// declaration; an accessor declaration; or, for an expression-bodied property or indexer,
    /// the property/indexer declaration itself (its getter).
    /// </summary>
    public required SyntaxNode Declaration { get; init; }

    public required MemberKind Kind { get; init; }

    /// <summary>Null in syntax-only mode.</summary>
    public SemanticModel? SemanticModel { get; init; }

    /// <summary>The method symbol (accessor symbol for accessors); null in syntax-only mode.</summary>
    public IMethodSymbol? Symbol { get; init; }

    /// <summary>
    /// The member's operation blocks (body, expression body, constructor initializer, parameter
    /// defaults) as <c>SemanticModel.GetOperation</c> returns them; empty in syntax-only mode.
    /// </summary>
    public ImmutableArray<IOperation> OperationBlocks { get; init; } = ImmutableArray<IOperation>.Empty;

    public bool IsSemantic => SemanticModel is not null;

    /// <summary>The file's shared walk for rules, when they run; detectors fall back to walking the member.</summary>
    public Rules.SyntaxIndex? Syntax { get; init; }

    /// <summary>The same member, reading its nodes from <paramref name="syntax"/>.</summary>
    public MemberContext WithSyntax(Rules.SyntaxIndex syntax) => new()
    {
        Declaration = Declaration,
        Kind = Kind,
        SemanticModel = SemanticModel,
        Symbol = Symbol,
        OperationBlocks = OperationBlocks,
        Syntax = syntax,
    };
}
