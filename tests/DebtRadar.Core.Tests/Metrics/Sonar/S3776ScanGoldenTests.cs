using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Tests.Metrics.Sonar;

/// <summary>
/// The golden fixture through <see cref="DocumentAnalyzer"/>: every member row's <c>cognitive</c>
/// equals the S3776 issue at its file and line, or is 0 where Sonar reported nothing, joined the
/// way tools/cognitive-compare/compare.py joins a scan's member CSV.
/// </summary>
public sealed class S3776ScanGoldenTests
{
    private static readonly HashSet<string> MemberIssueKinds = ["method", "constructor", "destructor", "operator", "property", "accessor"];

    [Fact]
    public void Analyze_GoldenFixture_EveryMemberAgreesWithSonar()
    {
        var expected = GoldenFixture.Expected()
            .Where(e => MemberIssueKinds.Contains(e.What))
            .GroupBy(e => (e.File, e.Line))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Value).Order().ToList());
        var disagreements = new List<string>();
        var compared = 0;
        var matchedIssues = 0;

        foreach (var path in GoldenFixture.SourceFiles())
        {
            var file = Path.GetFileName(path);
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), path);
            var result = DocumentAnalyzer.Analyze(new DocumentInput(path, file, tree), null, AnalysisMode.SyntaxOnly, CancellationToken.None);
            var neverReported = NeverReportedLines(tree);

            foreach (var group in result.Members.Where(m => !(m.Kind == MemberKind.Conversion || neverReported.Contains(m.Line))).GroupBy(m => m.Line))
            {
                var sonar = expected.GetValueOrDefault((file, group.Key)) ?? [];
                var mine = group.Select(m => m.Metrics.Cognitive).Order().ToList();
                var padded = Enumerable.Repeat(0, Math.Max(0, mine.Count - sonar.Count)).Concat(sonar).Order().ToList();
                compared += mine.Count;
                matchedIssues += sonar.Count;
                if (!mine.SequenceEqual(padded))
                {
                    disagreements.Add($"{file}:{group.Key} {string.Join("/", group.Select(m => m.Name))} debtradar=[{string.Join(",", mine)}] sonar=[{string.Join(",", sonar)}]");
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.True(compared >= 70, $"only {compared} members compared");
        Assert.Equal(expected.Values.Sum(v => v.Count), matchedIssues);
    }

    /// <summary>Lines of the members S3776 has no registration for: expression-bodied indexers.</summary>
    private static HashSet<int> NeverReportedLines(Microsoft.CodeAnalysis.SyntaxTree tree) =>
        [.. tree.GetRoot().DescendantNodes().OfType<IndexerDeclarationSyntax>()
            .Where(i => i.ExpressionBody is not null)
            .Select(i => i.ThisKeyword.GetLocation().GetLineSpan().StartLinePosition.Line + 1)];
}
