using System.Buffers;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>Self-admitted technical debt: a comment with TODO, FIXME or HACK (upper case, as a word).</summary>
/// <remarks>
/// The text is searched, not the trivia: each marker found is looked up in the tree, and counts when
/// it lies in a comment (a documentation comment, or a comment inside a directive). A comment is
/// reported once, with its first marker. A marker cannot straddle a comment's edge (comments begin
/// and end with a non-word character or a line end), so this finds what matching every comment
/// finds, without building the structure of every documentation comment.
/// </remarks>
internal sealed partial class DR5001SelfAdmittedDebt : IFileDetector
{
    private static readonly SearchValues<string> Markers = SearchValues.Create(["TODO", "FIXME", "HACK"], StringComparison.Ordinal);

    public string RuleId => "DR5001";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule)
    {
        var text = file.Tree.GetText();
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            text.CopyTo(0, buffer, 0, text.Length);
            return Find(file.Root, buffer.AsSpan(0, text.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static List<Hit> Find(SyntaxNode root, ReadOnlySpan<char> text)
    {
        var hits = new List<Hit>();
        if (text.IndexOfAny(Markers) < 0)
        {
            return hits; // most files name no marker at all
        }

        var reported = default(Microsoft.CodeAnalysis.Text.TextSpan?);
        foreach (var match in Marker().EnumerateMatches(text))
        {
            if (reported is { } span && span.Contains(match.Index))
            {
                continue;
            }

            var comment = CommentAt(root, match.Index);
            if (comment.IsKind(SyntaxKind.None))
            {
                continue;
            }

            reported = comment.Span;
            var marker = text.Slice(match.Index, match.Length).ToString();
            hits.Add(Hit.At(comment, $"{marker} comment: debt the authors admitted; fix it or track it as an issue"));
        }

        return hits;
    }

    private static SyntaxTrivia CommentAt(SyntaxNode root, int position)
    {
        var trivia = root.FindTrivia(position);
        if (IsComment(trivia))
        {
            return trivia;
        }

        // A comment inside structured trivia, such as `#endif // TODO`.
        if (trivia.HasStructure && trivia.Span.Contains(position))
        {
            foreach (var inner in trivia.GetStructure()!.DescendantTrivia(descendIntoTrivia: true))
            {
                if (IsComment(inner) && inner.Span.Contains(position))
                {
                    return inner;
                }
            }
        }

        return default;
    }

    private static bool IsComment(SyntaxTrivia trivia) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
        || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia);

    [GeneratedRegex(@"\b(TODO|FIXME|HACK)\b")]
    private static partial Regex Marker();
}
