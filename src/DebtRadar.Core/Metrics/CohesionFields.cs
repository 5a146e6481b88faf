using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary>The instance state a type declaration holds, by name, for LCOM.</summary>
internal static class CohesionFields
{
    public static ImmutableArray<string> Declared(SyntaxNode typeDeclaration, INamedTypeSymbol? symbol)
    {
        if (typeDeclaration is not TypeDeclarationSyntax type)
        {
            return [];
        }

        var names = new List<string>();
        if (type is ClassDeclarationSyntax or StructDeclarationSyntax && type.ParameterList is { } primary)
        {
            names.AddRange(primary.Parameters.Select(p => p.Identifier.ValueText));
        }

        foreach (var member in type.Members)
        {
            switch (member)
            {
                case BaseFieldDeclarationSyntax field when !IsStaticOrConst(field.Modifiers):
                    names.AddRange(field.Declaration.Variables.Select(v => v.Identifier.ValueText));
                    break;
                case PropertyDeclarationSyntax property when !IsStaticOrConst(property.Modifiers) && HasBackingStore(property, symbol):
                    names.Add(property.Identifier.ValueText);
                    break;
            }
        }

        if (type is RecordDeclarationSyntax { ParameterList: { } positional })
        {
            // Positional parameters of a record become auto-properties unless declared by hand.
            names.AddRange(positional.Parameters.Select(p => p.Identifier.ValueText));
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsStaticOrConst(SyntaxTokenList modifiers) =>
        modifiers.Any(SyntaxKind.StaticKeyword) || modifiers.Any(SyntaxKind.ConstKeyword);

    /// <summary>An auto-property, or one whose accessors use the <c>field</c> keyword.</summary>
    private static bool HasBackingStore(PropertyDeclarationSyntax property, INamedTypeSymbol? symbol)
    {
        if (symbol is not null)
        {
            return symbol.GetMembers()
                .OfType<IFieldSymbol>()
                .Any(f => f.AssociatedSymbol is IPropertySymbol p && p.Name == property.Identifier.ValueText);
        }

        if (property.AccessorList is null)
        {
            return false;
        }

        return property.AccessorList.Accessors.All(a => a.Body is null && a.ExpressionBody is null)
            || property.AccessorList.DescendantTokens().Any(t => t.IsKind(SyntaxKind.FieldKeyword));
    }
}
