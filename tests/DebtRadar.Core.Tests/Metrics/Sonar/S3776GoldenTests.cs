using DebtRadar.Core.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Tests.Metrics.Sonar;

/// <summary>
/// Every node S3776 registers for in the golden fixture, scored by DebtRadar and reported where
/// S3776 reports it, must give exactly the issues SonarAnalyzer 9.32 wrote when the fixture was
/// built (expected-s3776.csv); a node scoring 0 must have no issue.
/// </summary>
public sealed class S3776GoldenTests
{
    [Fact]
    public void Compute_EveryNodeS3776Reports_MatchesSonarIssues()
    {
        var actual = new List<(string File, int Line, int Column, string What, int Value)>();
        foreach (var path in GoldenFixture.SourceFiles())
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview));
            foreach (var (node, at, what) in ReportedNodes(tree.GetRoot()))
            {
                var value = CognitiveComplexity.Compute(node);
                if (value > 0)
                {
                    var pos = at.GetLocation().GetLineSpan().StartLinePosition;
                    actual.Add((Path.GetFileName(path), pos.Line + 1, pos.Character + 1, what, value));
                }
            }
        }

        var expected = GoldenFixture.Expected();
        Assert.True(expected.Count > 50, "the golden file lost its rows");
        Assert.Equal(expected.Order().ToList(), actual.Order().ToList());
    }

    /// <summary>The registrations of S3776 9.32 (Rules/CognitiveComplexity.cs): node scored, token reported, name.</summary>
    private static IEnumerable<(SyntaxNode Node, SyntaxToken At, string What)> ReportedNodes(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case MethodDeclarationSyntax m:
                    yield return (m, m.Identifier, "method");
                    break;
                case PropertyDeclarationSyntax { ExpressionBody: not null } p:
                    yield return (p, p.Identifier, "property");
                    break;
                case ConstructorDeclarationSyntax c:
                    yield return (c, c.Identifier, "constructor");
                    break;
                case DestructorDeclarationSyntax d:
                    yield return (d, d.Identifier, "destructor");
                    break;
                case OperatorDeclarationSyntax o:
                    yield return (o, o.OperatorToken, "operator");
                    break;
                case AccessorDeclarationSyntax a:
                    yield return (a, a.Keyword, "accessor");
                    break;
                case FieldDeclarationSyntax f:
                    yield return (f, f.Declaration.Variables[0].Identifier, "field");
                    break;
                case LocalFunctionStatementSyntax l when l.Modifiers.Any(SyntaxKind.StaticKeyword):
                    yield return (l, l.Identifier, "static local function");
                    break;
            }
        }
    }
}
