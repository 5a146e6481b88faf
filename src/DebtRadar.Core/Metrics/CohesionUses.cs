using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary>Which fields of its type a member uses and which siblings it calls.</summary>
internal static class CohesionUses
{
    // walked: what the member's MemberSyntaxWalk collected in syntax-only mode, when it did.
    public static CohesionEntry Extract(MemberContext member, string memberName, INamedTypeSymbol? containingType, CohesionScopes scopes, Collector? walked = null)
    {
        var type = member.Declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (type is null)
        {
            return new CohesionEntry(memberName, [], []);
        }

        var scope = scopes.For(type, containingType);
        var fields = scope.Fields;
        var entry = member.SemanticModel is { } model && containingType is not null
            ? Semantic(member.Declaration, memberName, model, containingType, fields)
            : Syntactic(member.Declaration, memberName, scope.Siblings, fields, walked);
        return BackingStoreUse(member.Declaration, fields, walked) is { } own && !entry.Fields.Contains(own)
            ? entry with { Fields = [.. entry.Fields.Append(own).Order(StringComparer.Ordinal)] }
            : entry;
    }

    /// <summary>
    /// An auto-accessor (<c>get;</c>) or one using the <c>field</c> keyword reads or writes its
    /// property's backing store without naming it.
    /// </summary>
    private static string? BackingStoreUse(SyntaxNode declaration, HashSet<string> fields, Collector? walked)
    {
        if (declaration is not AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax property } accessor
            || !fields.Contains(property.Identifier.ValueText))
        {
            return null;
        }

        var implicitStore = accessor.Body is null && accessor.ExpressionBody is null;
        var usesField = walked?.UsesFieldKeyword ?? accessor.DescendantNodes().OfType<FieldExpressionSyntax>().Any();
        return implicitStore || usesField ? property.Identifier.ValueText : null;
    }

    private static CohesionEntry Semantic(SyntaxNode declaration, string memberName, SemanticModel model, INamedTypeSymbol type, HashSet<string> declaredFields)
    {
        var usedFields = new SortedSet<string>(StringComparer.Ordinal);
        var calls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in declaration.DescendantNodes().OfType<SimpleNameSyntax>())
        {
            var symbol = model.GetSymbolInfo(name).Symbol;
            if (symbol is IParameterSymbol parameter)
            {
                // A captured primary-constructor parameter is the instance's state.
                if (declaredFields.Contains(parameter.Name) && IsPrimaryConstructorParameter(parameter, type))
                {
                    usedFields.Add(parameter.Name);
                }

                continue;
            }

            if (symbol is null || !SymbolEqualityComparer.Default.Equals(symbol.ContainingType?.OriginalDefinition, type.OriginalDefinition))
            {
                continue;
            }

            switch (symbol)
            {
                case IFieldSymbol { IsStatic: true } or IFieldSymbol { IsConst: true }:
                    break;
                case IFieldSymbol field:
                    usedFields.Add(field.AssociatedSymbol?.Name ?? field.Name);
                    break;
                case IEventSymbol evt when declaredFields.Contains(evt.Name):
                    usedFields.Add(evt.Name);
                    break;
                case IPropertySymbol property when declaredFields.Contains(property.Name):
                    usedFields.Add(property.Name);
                    break;
                case IPropertySymbol or IEventSymbol or IMethodSymbol:
                    calls.Add(symbol.Name);
                    break;
            }
        }

        calls.Remove(Cohesion.SimpleName(memberName));
        return new CohesionEntry(memberName, [.. usedFields], [.. calls]);
    }

    private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter, INamedTypeSymbol type) =>
        parameter.ContainingSymbol.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax)
        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.ContainingType?.OriginalDefinition, type.OriginalDefinition);

    /// <summary>By identifier: a name is the type's field unless the member declares the same name itself.</summary>
    private static CohesionEntry Syntactic(SyntaxNode declaration, string memberName, HashSet<string> siblings, HashSet<string> fields, Collector? walked)
    {
        var locals = walked?.Declared ?? DeclaredNames(declaration);
        var usedFields = new SortedSet<string>(StringComparer.Ordinal);
        var calls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in walked?.Names ?? declaration.DescendantNodes().OfType<SimpleNameSyntax>())
        {
            var text = name.Identifier.ValueText;
            var qualifier = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access.Expression : null;
            var own = qualifier is null ? !locals.Contains(text) : qualifier is ThisExpressionSyntax;
            if (!own)
            {
                continue;
            }

            if (fields.Contains(text))
            {
                usedFields.Add(text);
            }
            else if (siblings.Contains(text))
            {
                calls.Add(text);
            }
        }

        calls.Remove(Cohesion.SimpleName(memberName));
        return new CohesionEntry(memberName, [.. usedFields], [.. calls]);
    }

    internal static string? SiblingName(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        PropertyDeclarationSyntax p when !p.Modifiers.Any(SyntaxKind.StaticKeyword) => p.Identifier.ValueText,
        EventDeclarationSyntax e when !e.Modifiers.Any(SyntaxKind.StaticKeyword) => e.Identifier.ValueText,
        _ => null,
    };

    private static HashSet<string> DeclaredNames(SyntaxNode declaration)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in declaration.DescendantNodesAndSelf())
        {
            AddDeclaredName(node, names);
        }

        return names;
    }

    private static void AddDeclaredName(SyntaxNode node, HashSet<string> names)
    {
        var token = node switch
        {
            ParameterSyntax p => p.Identifier,
            VariableDeclaratorSyntax v => v.Identifier,
            ForEachStatementSyntax f => f.Identifier,
            SingleVariableDesignationSyntax d => d.Identifier,
            LocalFunctionStatementSyntax l => l.Identifier,
            CatchDeclarationSyntax c => c.Identifier,
            _ => default,
        };
        if (!token.IsKind(SyntaxKind.None))
        {
            names.Add(token.ValueText);
        }
    }

    /// <summary>
    /// What syntactic cohesion reads from a member's declaration (declared names, simple names, a
    /// <c>field</c> keyword), collected node by node, in any order, from a walk of the whole
    /// declaration, the declaration itself included.
    /// </summary>
    internal sealed class Collector
    {
        public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

        public List<SimpleNameSyntax> Names { get; } = [];

        public bool UsesFieldKeyword { get; private set; }

        /// <summary>Forgets every node, keeping the room, to collect the next member.</summary>
        public void Clear()
        {
            Declared.Clear();
            Names.Clear();
            UsesFieldKeyword = false;
        }

        public void Add(SyntaxNode node)
        {
            AddDeclaredName(node, Declared);
            switch (node)
            {
                case SimpleNameSyntax name:
                    Names.Add(name);
                    break;
                case FieldExpressionSyntax:
                    UsesFieldKeyword = true;
                    break;
            }
        }
    }
}
