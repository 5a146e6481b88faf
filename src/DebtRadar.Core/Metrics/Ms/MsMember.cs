using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>Maps a DebtRadar member declaration to the symbol and syntax node MS measures for it.</summary>
internal static class MsMember
{
    /// <summary>
    /// The method symbol MS reports for <paramref name="declaration"/> and the syntax it walks: the
    /// declaration itself, the arrow clause for an expression-bodied property or indexer (its getter),
    /// or the type declaration for a primary constructor.
    /// </summary>
    public static (IMethodSymbol Symbol, SyntaxNode Syntax)? Resolve(SyntaxNode declaration, SemanticModel model, CancellationToken ct)
    {
        var symbol = declaration switch
        {
            BasePropertyDeclarationSyntax property => (model.GetDeclaredSymbol(property, ct) as IPropertySymbol)?.GetMethod,
            TypeDeclarationSyntax type => PrimaryConstructor(type, model, ct),
            ParameterListSyntax { Parent: TypeDeclarationSyntax type } => PrimaryConstructor(type, model, ct),
            _ => model.GetDeclaredSymbol(declaration, ct) as IMethodSymbol,
        };
        if (symbol is null)
        {
            return null;
        }

        var target = declaration is ParameterListSyntax { Parent: TypeDeclarationSyntax owner } ? owner : declaration;
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == target.SyntaxTree && target.FullSpan.Contains(reference.Span))
            {
                return (symbol, reference.GetSyntax(ct));
            }
        }

        return (symbol, target);
    }

    public static MsWalkResult? Walk(SyntaxNode declaration, SemanticModel model, bool collectHeaderTypes, CancellationToken ct)
    {
        var resolved = Resolve(declaration, model, ct);
        return resolved is { } r ? MsWalk.Run(r.Symbol, [r.Syntax], model, collectHeaderTypes, ct) : null;
    }

    private static IMethodSymbol? PrimaryConstructor(TypeDeclarationSyntax type, SemanticModel model, CancellationToken ct)
    {
        if (type.ParameterList is null || model.GetDeclaredSymbol(type, ct) is not INamedTypeSymbol named)
        {
            return null;
        }

        foreach (var constructor in named.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == type.SyntaxTree && reference.Span == type.Span)
                {
                    return constructor;
                }
            }
        }

        return null;
    }
}
