using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Core.Metrics.Clones;

/// <summary>
/// Turns a syntax tree into the normalised token codes clone detection compares: every identifier
/// becomes one placeholder and every literal another, so a copy whose names were renamed or whose
/// values were changed still matches; every other token is its syntax kind. Using directives and
/// the end-of-file token are left out (SonarQube's CPD ignores imports too); trivia never counts.
/// </summary>
public static class CloneTokenizer
{
    /// <summary>The code every identifier gets (outside the range of syntax kinds, which start far above it).</summary>
    public const int Identifier = 1;

    /// <summary>The code every literal gets: numbers, strings, characters, interpolated text.</summary>
    public const int Literal = 2;

    /// <summary>The fingerprint of <paramref name="root"/>'s tree.</summary>
    public static TokenFingerprint Fingerprint(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var text = root.SyntaxTree.GetText();
        var codes = ImmutableArray.CreateBuilder<int>();
        var lines = ImmutableArray.CreateBuilder<int>();
        foreach (var token in root.DescendantTokens(descendIntoChildren: n => n is not UsingDirectiveSyntax))
        {
            if (token.IsKind(SyntaxKind.EndOfFileToken) || token.Span.IsEmpty)
            {
                continue;
            }

            codes.Add(Code(token));
            lines.Add(text.Lines.GetLineFromPosition(token.SpanStart).LineNumber + 1);
        }

        return new TokenFingerprint(codes.ToImmutable(), lines.ToImmutable());
    }

    /// <summary>
    /// The fingerprint of a file's tree and the file's <c>loc.nloc</c> (as <see cref="Nloc.Compute"/>
    /// counts a compilation unit: every line a token touches), from one pass over its tokens.
    /// </summary>
    /// <param name="root">The file's compilation unit.</param>
    /// <param name="index">Filled with every node below the root, in pre-order, for the rules, when given.</param>
    internal static (TokenFingerprint Fingerprint, int Nloc) FingerprintWithNloc(CompilationUnitSyntax root, Rules.SyntaxIndex? index = null)
    {
        var walk = new FileTokenWalk(root.SyntaxTree.GetText().Lines, index);
        walk.Visit(root, inUsing: false);
        return (new TokenFingerprint(walk.Codes.ToImmutable(), walk.Lines.ToImmutable()), walk.Nloc);
    }

    /// <summary>The normalised code of one token.</summary>
    public static int Code(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.IdentifierToken => Identifier,
        SyntaxKind.NumericLiteralToken or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken
            or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken => Literal,
        _ => token.RawKind,
    };

    private sealed class FileTokenWalk(TextLineCollection lines, Rules.SyntaxIndex? index)
    {
        private int lastCountedLine = -1;

        public ImmutableArray<int>.Builder Codes { get; } = ImmutableArray.CreateBuilder<int>();

        public ImmutableArray<int>.Builder Lines { get; } = ImmutableArray.CreateBuilder<int>();

        public int Nloc { get; private set; }

        public void Visit(SyntaxNode node, bool inUsing)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            inUsing |= node is UsingDirectiveSyntax;
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.IsNode)
                {
                    var childNode = child.AsNode()!;
                    index?.Add(childNode);
                    Visit(childNode, inUsing);
                    continue;
                }

                var token = child.AsToken();
                var span = token.Span;
                if (span.IsEmpty)
                {
                    continue; // nothing to count, and never a clone token (the end-of-file token is empty too)
                }

                var (first, last) = MemberSyntaxWalk.LinesOf(lines, span);
                var firstNew = Math.Max(first, lastCountedLine + 1);
                if (last >= firstNew)
                {
                    Nloc += last - firstNew + 1;
                    lastCountedLine = last;
                }

                if (!inUsing)
                {
                    Codes.Add(Code(token));
                    Lines.Add(first + 1);
                }
            }
        }
    }
}
