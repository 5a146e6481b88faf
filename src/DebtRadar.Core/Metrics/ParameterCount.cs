using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary>
/// <c>params</c>: parameters declared in the member's own list. Accessors count their indexer's
/// parameters; the implicit <c>value</c> of setters, init and event accessors is not counted.
/// </summary>
internal static class ParameterCount
{
    public static int Compute(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax method => method.ParameterList.Parameters.Count,
        TypeDeclarationSyntax { ParameterList: { } primary } => primary.Parameters.Count,
        IndexerDeclarationSyntax indexer => indexer.ParameterList.Parameters.Count,
        AccessorDeclarationSyntax { Parent.Parent: IndexerDeclarationSyntax indexer } => indexer.ParameterList.Parameters.Count,
        _ => 0,
    };
}
