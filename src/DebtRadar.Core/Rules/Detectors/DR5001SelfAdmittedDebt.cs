using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>Self-admitted technical debt: a comment with TODO, FIXME or HACK (upper case, as a word).</summary>
internal sealed partial class DR5001SelfAdmittedDebt : IFileDetector
{
    public string RuleId => "DR5001";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule) =>
        !MayHoldMarker(file.Tree.GetText().ToString()) ? [] : file.Root.DescendantTrivia(descendIntoTrivia: true)
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)
                        || t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            .Select(t => (Trivia: t, Match: Marker().Match(t.ToString())))
            .Where(p => p.Match.Success)
            .Select(p => Hit.At(p.Trivia, $"{p.Match.Value} comment: debt the authors admitted; fix it or track it as an issue"));

    // Most files name no marker at all: a plain text search spares them the walk of every trivia.
    private static bool MayHoldMarker(string text) => text.AsSpan().IndexOfAny(Markers) >= 0;

    private static readonly System.Buffers.SearchValues<string> Markers =
        System.Buffers.SearchValues.Create(["TODO", "FIXME", "HACK"], StringComparison.Ordinal);

    [GeneratedRegex(@"\b(TODO|FIXME|HACK)\b")]
    private static partial Regex Marker();
}
