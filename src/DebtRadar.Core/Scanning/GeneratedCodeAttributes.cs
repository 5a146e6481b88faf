using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// Recognises <c>[GeneratedCode]</c> on a type or member, which DebtRadar does not measure. Whole
/// generated files (obj/, <c>*.g.cs</c>, <c>&lt;auto-generated&gt;</c> headers) are left out by the loader.
/// </summary>
public static class GeneratedCodeAttributes
{
    /// <summary>True when one of the attribute lists holds <c>[GeneratedCode]</c> (any qualification).</summary>
    /// <param name="attributeLists">The attribute lists of a declaration.</param>
    public static bool IsPresent(SyntaxList<AttributeListSyntax> attributeLists)
    {
        foreach (var list in attributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = attribute.Name switch
                {
                    QualifiedNameSyntax q => q.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
                    SimpleNameSyntax s => s.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (name is "GeneratedCode" or "GeneratedCodeAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
