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
        var text = node.SyntaxTree.GetText();
        var lines = new HashSet<int>();
        foreach (var token in MeasuredCode.Of(node).SelectMany(n => n.DescendantTokens()))
        {
            if (token.Span.IsEmpty || IsInLeadingAttributes(token, node))
            {
                continue;
            }

            var first = text.Lines.GetLineFromPosition(token.SpanStart).LineNumber;
            var last = text.Lines.GetLineFromPosition(token.Span.End - 1).LineNumber;
            for (var line = first; line <= last; line++)
            {
                lines.Add(line);
            }
        }

        return lines.Count;
    }

    private static bool IsInLeadingAttributes(SyntaxToken token, SyntaxNode member) =>
        member is MemberDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
        && token.Parent?.FirstAncestorOrSelf<AttributeListSyntax>() is { } list
        && list.Parent == member;
}
