using System.Buffers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

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

        // The trivia around the node, read from the text: its leading trivia is [FullSpan.Start, Span.Start), its trailing [Span.End, FullSpan.End).
        var text = node.SyntaxTree.GetText();
        var blank = BlankLines(text, TextSpan.FromBounds(node.FullSpan.Start, node.Span.Start), leading: true)
            + BlankLines(text, TextSpan.FromBounds(node.Span.End, node.FullSpan.End), leading: false);
        return delta - Math.Max(0, blank - 1);
    }

    private static int BlankLines(SourceText text, TextSpan span, bool leading)
    {
        if (span.IsEmpty)
        {
            return 0;
        }

        var buffer = ArrayPool<char>.Shared.Rent(span.Length);
        try
        {
            text.CopyTo(span.Start, buffer, 0, span.Length);
            return BlankLines(buffer.AsSpan(0, span.Length), leading);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static ArrowExpressionClauseSyntax? ExpressionBody(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax p => p.ExpressionBody,
        IndexerDeclarationSyntax i => i.ExpressionBody,
        _ => null,
    };

    // MS takes whole lines from the start (leading) or the end (trailing) while they are blank; the
    // last piece without a line break is never counted.
    private static int BlankLines(ReadOnlySpan<char> trivia, bool leading)
    {
        var rest = trivia;
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
