using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics.Sonar;

/// <summary>The nodes that make up a member for the syntax metrics of this folder's neighbours.</summary>
internal static class MeasuredCode
{
    /// <summary>
    /// A primary constructor is discovered as its type declaration; its own code is the parameter
    /// list and the base type's arguments, never the type's members. Any other declaration is itself.
    /// </summary>
    public static IEnumerable<SyntaxNode> Of(SyntaxNode declaration)
    {
        if (declaration is TypeDeclarationSyntax { ParameterList: { } parameters } type)
        {
            yield return parameters;
            foreach (var baseType in type.BaseList?.Types ?? default)
            {
                if (baseType is PrimaryConstructorBaseTypeSyntax { ArgumentList: { } arguments })
                {
                    yield return arguments;
                }
            }

            yield break;
        }

        yield return declaration;
    }
}
