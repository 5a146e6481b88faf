using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// <c>catch</c> or <c>catch (Exception)</c> without a filter that neither rethrows nor looks at
/// the exception: every failure, including bugs, disappears. Empty blocks are DR3001's.
/// </summary>
internal sealed class DR3002CatchAllSwallows : IFileDetector
{
    public string RuleId => "DR3002";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule) =>
        file.Syntax.All<CatchClauseSyntax>()
            .Where(c => c.Filter is null && c.Block.Statements.Count > 0 && IsCatchAll(c, file.Model) && !Rethrows(c) && !UsesException(c))
            .Select(c => Hit.At(c.CatchKeyword, "Catch-all swallows every exception, bugs included: catch what you expect, or rethrow"));

    private static bool IsCatchAll(CatchClauseSyntax clause, SemanticModel? model)
    {
        if (clause.Declaration is null)
        {
            return true;
        }

        if (model?.GetTypeInfo(clause.Declaration.Type).Type is { TypeKind: not TypeKind.Error } type)
        {
            return MemberCode.Is(type, "System", "Exception");
        }

        return clause.Declaration.Type.ToString() is "Exception" or "System.Exception" or "global::System.Exception";
    }

    /// <summary>Rethrows, throws, or builds an exception to throw later (wrapping is translating, not swallowing).</summary>
    private static bool Rethrows(CatchClauseSyntax clause) =>
        clause.Block.DescendantNodes().Any(n => n is ThrowStatementSyntax or ThrowExpressionSyntax
            || (n is ObjectCreationExpressionSyntax creation && creation.Type.ToString().EndsWith("Exception", StringComparison.Ordinal)));

    private static bool UsesException(CatchClauseSyntax clause) =>
        clause.Declaration is { Identifier.ValueText: { Length: > 0 } name }
        && clause.Block.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name);
}
