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
    /// <param name="lines">The lines of the file's text, when the caller has them already.</param>
    internal static (TokenFingerprint Fingerprint, int Nloc) FingerprintWithNloc(CompilationUnitSyntax root, Rules.SyntaxIndex? index = null, LineMap? lines = null)
    {
        var walk = spareWalk ?? new FileTokenWalk();
        spareWalk = null; // a walk that starts while this one runs gets lists of its own
        walk.Start(lines ?? LineMap.Of(root.SyntaxTree.GetText()), index);
        walk.Visit(root, inUsing: false);
        var result = (new TokenFingerprint(ImmutableArray.Create(walk.Codes.AsSpan()), ImmutableArray.Create(walk.Lines.AsSpan())), walk.Nloc);
        walk.Start(null, null);
        spareWalk = walk;
        return result;
    }

    // The walk's two lists grow to the size of the largest file and are kept on each thread, so a file's
    // fingerprint costs its two arrays and no growing copies.
    [ThreadStatic]
    private static FileTokenWalk? spareWalk;

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

    private sealed class FileTokenWalk
    {
        private LineMap? lines;
        private Rules.SyntaxIndex? index;
        private int lastCountedLine;

        public IntList Codes { get; } = new();

        public IntList Lines { get; } = new();

        public int Nloc { get; private set; }

        /// <summary>Forgets the last file and starts on the next (null lines: none, just let go of the last one).</summary>
        public void Start(LineMap? lines, Rules.SyntaxIndex? index)
        {
            this.lines = lines;
            this.index = index;
            lastCountedLine = -1;
            Nloc = 0;
            Codes.Clear();
            Lines.Clear();
        }

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

                var (first, last) = lines!.LinesOf(span);
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

    /// <summary>A growable run of ints that is read as a span and cleared without freeing its room.</summary>
    private sealed class IntList
    {
        private int[] items = new int[1024];
        private int count;

        public void Add(int item)
        {
            if (count == items.Length)
            {
                Array.Resize(ref items, items.Length * 2);
            }

            items[count++] = item;
        }

        public ReadOnlySpan<int> AsSpan() => items.AsSpan(0, count);

        public void Clear() => count = 0;
    }
}
