using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary><c>dit</c>: base-type steps to <c>object</c> (interfaces 0), as MS's <c>CalculateDepthOfInheritance</c>.</summary>
/// <remarks>
/// Classes and records count every base type up to and including <c>object</c> (<c>class A {}</c>
/// is 1); interfaces have no base type (0); structs, enums and delegates are 1. Syntax-only: a class
/// whose first base is not an interface-looking name (<c>I</c> + capital) is taken as 2, as the
/// depth of the base is unknown.
/// </remarks>
internal static class InheritanceDepth
{
    public static int Compute(SyntaxNode typeDeclaration, INamedTypeSymbol? symbol)
    {
        if (symbol is not null)
        {
            switch (symbol.TypeKind)
            {
                case TypeKind.Class:
                case TypeKind.Interface:
                    var depth = 0;
                    for (var parent = symbol.BaseType; parent is not null; parent = parent.BaseType)
                    {
                        depth++;
                    }

                    return depth;
                case TypeKind.Struct:
                case TypeKind.Enum:
                case TypeKind.Delegate:
                    return 1;
                default:
                    return 0;
            }
        }

        return typeDeclaration switch
        {
            InterfaceDeclarationSyntax => 0,
            ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)SyntaxKind.StructKeyword } =>
                ((TypeDeclarationSyntax)typeDeclaration).BaseList?.Types.FirstOrDefault() is { } first && !LooksLikeInterface(first.Type) ? 2 : 1,
            StructDeclarationSyntax or RecordDeclarationSyntax or EnumDeclarationSyntax or DelegateDeclarationSyntax => 1,
            _ => 0,
        };
    }

    private static bool LooksLikeInterface(TypeSyntax type)
    {
        var name = type switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => "",
        };
        return name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]);
    }
}
