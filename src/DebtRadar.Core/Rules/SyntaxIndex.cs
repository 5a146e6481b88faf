using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules;

/// <summary>
/// One walk of a file's syntax shared by every rule: the nodes of the sorts detectors look for,
/// each sort in source order, so that a dozen detectors do not walk the same tree a dozen times
/// (the role Roslyn's <c>RegisterSyntaxNodeAction</c> plays for analyzers). A member's nodes are
/// the slice of a list that falls inside its declaration.
/// </summary>
internal sealed class SyntaxIndex
{
    // The node sorts detectors ask for; asking for another is a bug, reported as such.
    private readonly List<CatchClauseSyntax> catches = [];
    private readonly List<ThrowStatementSyntax> throws = [];
    private readonly List<ObjectCreationExpressionSyntax> creations = [];
    private readonly List<InvocationExpressionSyntax> invocations = [];
    private readonly List<FieldDeclarationSyntax> fields = [];
    private readonly List<LocalFunctionStatementSyntax> localFunctions = [];
    private readonly List<AssignmentExpressionSyntax> assignments = [];
    private readonly List<LockStatementSyntax> locks = [];

    private SyntaxIndex()
    {
    }

    /// <summary>How many nodes the walk visited (the whole tree, trivia excluded), for tests that bound the work.</summary>
    public int Visited { get; private set; }

    public static SyntaxIndex Build(SyntaxNode root)
    {
        var index = new SyntaxIndex();
        foreach (var node in root.DescendantNodes())
        {
            index.Add(node);
        }

        return index;
    }

    /// <summary>
    /// An index to fill with <see cref="Add"/> from another walk of the file, one that visits every
    /// node below the root in the order <c>DescendantNodes</c> gives (pre-order), so that the file
    /// is not walked again for the rules.
    /// </summary>
    public static SyntaxIndex Empty() => new();

    /// <summary>Indexes the next node of the walk.</summary>
    public void Add(SyntaxNode node)
    {
        Visited++;
        switch (node)
        {
            case InvocationExpressionSyntax invocation: invocations.Add(invocation); break;
            case AssignmentExpressionSyntax assignment: assignments.Add(assignment); break;
            case ObjectCreationExpressionSyntax creation: creations.Add(creation); break;
            case CatchClauseSyntax @catch: catches.Add(@catch); break;
            case ThrowStatementSyntax @throw: throws.Add(@throw); break;
            case FieldDeclarationSyntax field: fields.Add(field); break;
            case LocalFunctionStatementSyntax local: localFunctions.Add(local); break;
            case LockStatementSyntax @lock: locks.Add(@lock); break;
        }
    }

    /// <summary>Every node of sort <typeparamref name="T"/> in the file, in the order <c>DescendantNodes</c> gives.</summary>
    public IReadOnlyList<T> All<T>()
        where T : SyntaxNode => (IReadOnlyList<T>)ListOf<T>();

    /// <summary>
    /// The nodes of sort <typeparamref name="T"/> below <paramref name="declaration"/>, as
    /// <c>declaration.DescendantNodes().OfType&lt;T&gt;()</c> gives them.
    /// </summary>
    public IEnumerable<T> Within<T>(SyntaxNode declaration)
        where T : SyntaxNode
    {
        var list = All<T>();
        var span = declaration.Span;
        for (var i = FirstAtOrAfter(list, span.Start); i < list.Count && list[i].SpanStart <= span.End; i++)
        {
            var node = list[i];
            if (node != declaration && span.Contains(node.Span) && (!node.Span.IsEmpty || node.Ancestors().Contains(declaration)))
            {
                yield return node;
            }
        }
    }

    private object ListOf<T>()
        where T : SyntaxNode
    {
        var type = typeof(T);
        return type == typeof(InvocationExpressionSyntax) ? invocations
            : type == typeof(AssignmentExpressionSyntax) ? assignments
            : type == typeof(ObjectCreationExpressionSyntax) ? creations
            : type == typeof(CatchClauseSyntax) ? catches
            : type == typeof(ThrowStatementSyntax) ? throws
            : type == typeof(FieldDeclarationSyntax) ? fields
            : type == typeof(LocalFunctionStatementSyntax) ? localFunctions
            : type == typeof(LockStatementSyntax) ? locks
            : throw new NotSupportedException($"{type.Name} is not indexed; add it to {nameof(SyntaxIndex)}");
    }

    // Pre-order lists are sorted by span start (a parent starts where its first child does, or before).
    private static int FirstAtOrAfter<T>(IReadOnlyList<T> list, int position)
        where T : SyntaxNode
    {
        var low = 0;
        var high = list.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (list[middle].SpanStart < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
