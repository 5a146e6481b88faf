using DebtRadar.Core.Metrics.Sonar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary><c>cog.sonar</c>: cognitive complexity as SonarAnalyzer's S3776 (version 9.32) computes it.</summary>
/// <remarks>
/// Syntax only, so it is exact in every analysis mode. What is walked follows S3776's registrations:
/// the whole declaration of a method, constructor, finalizer, operator or accessor (attributes and
/// parameter defaults included); only the arrow clause of an expression-bodied property. Indexers
/// and conversion operators S3776 does not report at all; they are scored the same way so that
/// DebtRadar has a value for them. A primary constructor (S3776 has no registration for it either)
/// is scored over its parameter list and base-type arguments.
/// </remarks>
internal static class CognitiveComplexity
{
    public static int Compute(MemberContext member) => Compute(member.Declaration);

    /// <summary>Scores one declaration the way S3776 scores the member it reports for it.</summary>
    public static int Compute(SyntaxNode declaration)
    {
        SyntaxNode? scored = declaration switch
        {
            PropertyDeclarationSyntax property => property.ExpressionBody,
            IndexerDeclarationSyntax indexer => indexer.ExpressionBody,
            _ => declaration,
        };
        return scored is null ? 0 : MeasuredCode.Of(scored).Sum(CognitiveWalker.Measure);
    }
}
