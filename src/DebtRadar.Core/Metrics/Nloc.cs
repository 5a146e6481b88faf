using DebtRadar.Core.Metrics.Sonar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary><c>loc.nloc</c>: lines holding code, no blank or comment-only lines (lizard's NLOC).</summary>
/// <remarks>
/// lizard drops whitespace, comments and preprocessor lines from its token stream and counts every
/// line a remaining token touches; a token spanning lines (a verbatim or raw string) counts each of
/// them. In Roslyn terms: the lines covered by the node's tokens, trivia excluded (comments,
/// directives and <c>#if</c>-disabled text are all trivia). For a member, lizard's function starts at
/// its name, so attribute lists written on their own lines before it are not counted either. A type
/// declaration with a primary constructor stands for that constructor: its parameter list and base
/// arguments are measured, not the type.
/// </remarks>
internal static class Nloc
{
    public static int Compute(SyntaxNode node)
    {
        var lines = node.SyntaxTree.GetText().Lines;
        var attributes = OwnAttributeLists(node);
        var count = 0;
        var counted = -1; // tokens come in source order, so a line is new exactly when it is past the last one counted
        foreach (var code in MeasuredCode.Of(node))
        {
            foreach (var token in code.DescendantTokens())
            {
                if (token.Span.IsEmpty || (InAny(attributes, token.Span) && IsInLeadingAttributes(token, node)))
                {
                    continue;
                }

                var first = Math.Max(lines.GetLineFromPosition(token.SpanStart).LineNumber, counted + 1);
                var last = lines.GetLineFromPosition(token.Span.End - 1).LineNumber;
                if (last >= first)
                {
                    count += last - first + 1;
                    counted = last;
                }
            }
        }

        return count;
    }

    // A loop, not LINQ: this runs for every token, and a lambda over the token would allocate for each.
    private static bool InAny(SyntaxList<AttributeListSyntax> lists, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        for (var i = 0; i < lists.Count; i++)
        {
            if (lists[i].Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxList<AttributeListSyntax> OwnAttributeLists(SyntaxNode node) => node switch
    {
        MemberDeclarationSyntax member => member.AttributeLists,
        AccessorDeclarationSyntax accessor => accessor.AttributeLists,
        LocalFunctionStatementSyntax local => local.AttributeLists,
        _ => default,
    };

    private static bool IsInLeadingAttributes(SyntaxToken token, SyntaxNode member) =>
        member is MemberDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
        && token.Parent?.FirstAncestorOrSelf<AttributeListSyntax>() is { } list
        && list.Parent == member;
}
