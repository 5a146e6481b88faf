using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary>
/// <c>loc.source</c>: MS's <c>GetLinesOfCode</c>: the lines of the declaration's full span (leading
/// comments and doc comments included), less the blank lines at its start and end, 1 at least.
/// </summary>
internal static class SourceLines
{
    /// <summary>
    /// Lines of <paramref name="node"/>. A property or indexer with an expression body is measured as
    /// its getter, i.e. the arrow clause, as MS does.
    /// </summary>
    public static int Compute(SyntaxNode node)
    {
        if (node is BasePropertyDeclarationSyntax { } property && ExpressionBody(property) is { } arrow)
        {
            node = arrow;
        }

        var span = node.SyntaxTree.GetLineSpan(node.FullSpan);
        var delta = span.EndLinePosition.Line - span.StartLinePosition.Line;
        if (delta == 0)
        {
            return 1;
        }

        var blank = BlankLines(node.GetLeadingTrivia().ToFullString(), leading: true)
            + BlankLines(node.GetTrailingTrivia().ToFullString(), leading: false);
        return delta - Math.Max(0, blank - 1);
    }

    private static ArrowExpressionClauseSyntax? ExpressionBody(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax p => p.ExpressionBody,
        IndexerDeclarationSyntax i => i.ExpressionBody,
        _ => null,
    };

    // MS takes whole lines from the start (leading) or the end (trailing) while they are blank; the
    // last piece without a line break is never counted.
    private static int BlankLines(string trivia, bool leading)
    {
        var rest = trivia.AsSpan();
        var count = 0;
        while (!rest.IsEmpty)
        {
            ReadOnlySpan<char> line;
            if (leading)
            {
                var index = rest.IndexOfAny('\r', '\n');
                if (index < 0)
                {
                    break;
                }

                line = rest[..index];
                rest = rest[index] == '\r' && rest.Length > index + 1 && rest[index + 1] == '\n' ? rest[(index + 2)..] : rest[(index + 1)..];
            }
            else
            {
                var index = rest.LastIndexOfAny('\r', '\n');
                if (index < 0)
                {
                    break;
                }

                line = rest[(index + 1)..];
                rest = rest[index] == '\n' && index > 0 && rest[index - 1] == '\r' ? rest[..(index - 1)] : rest[..index];
            }

            if (!line.IsWhiteSpace())
            {
                break;
            }

            count++;
        }

        return count;
    }
}
