using System.Collections.Immutable;
using DebtRadar.Core.Metrics.Ms;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary><c>coupling.ms</c>: distinct named types referenced, MS rules applied.</summary>
/// <remarks>
/// Full mode is MS's set: types of the syntax visited outside code blocks (parameter types,
/// attributes, constraints of bodiless members), the type of every operation and the owner of every
/// static member or extension method used, parameter and return types; generic definitions once
/// with their arguments recursed; primitives, <c>string</c>, <c>object</c>, <c>ValueType</c>,
/// <c>void</c>, anonymous and generated types ignored; the member's containing types removed.
/// Syntax-only mode collects the type names written in the code (see <see cref="MsSyntaxCoupling"/>).
/// </remarks>
internal static class ClassCoupling
{
    public static ImmutableArray<TypeReference> ForMember(MemberContext member)
    {
        if (member.SemanticModel is not { } model)
        {
            return MsSyntaxCoupling.Collect(SyntaxRoots(member.Declaration), ContainingTypeNames(member.Declaration));
        }

        var resolved = MsMember.Resolve(member.Declaration, model, CancellationToken.None);
        if (resolved is not { } r)
        {
            return [];
        }

        var coupling = new MsCoupling();
        coupling.Add(MsWalk.Run(r.Symbol, [r.Syntax], model, collectHeaderTypes: true, CancellationToken.None));
        coupling.AddSignature(r.Symbol);
        return coupling.ToReferences(r.Symbol.ContainingType);
    }

    /// <summary>
    /// Whether the syntax-only coupling of <paramref name="declaration"/> reads the same nodes as
    /// <see cref="MemberSyntaxWalk"/> (plus <see cref="FromMemberWalk"/>'s extra roots), so that the
    /// walk can collect it: every member but a primary constructor.
    /// </summary>
    public static bool IsCollectedByMemberWalk(SyntaxNode declaration) => declaration is not TypeDeclarationSyntax;

    /// <summary>The syntax-only coupling of a member from what its <see cref="MemberSyntaxWalk"/> collected.</summary>
    public static ImmutableArray<TypeReference> FromMemberWalk(SyntaxNode declaration, MsSyntaxCoupling.Collector walked)
    {
        foreach (var root in SyntaxRoots(declaration))
        {
            if (root != declaration)
            {
                walked.AddAll(root);
            }
        }

        return walked.References(ContainingTypeNames(declaration));
    }

    /// <summary>Types referenced by a type declaration itself (bases, attributes, field and signature types), members' bodies excluded.</summary>
    public static ImmutableArray<TypeReference> ForTypeDeclaration(SyntaxNode typeDeclaration, INamedTypeSymbol? symbol, SemanticModel? model)
    {
        if (symbol is null || model is null)
        {
            return MsSyntaxCoupling.Collect(TypeSyntaxRoots(typeDeclaration), ContainingTypeNames(typeDeclaration));
        }

        return MsTypeLevel.Coupling(typeDeclaration, symbol, model, CancellationToken.None);
    }

    private static IEnumerable<SyntaxNode> SyntaxRoots(SyntaxNode declaration)
    {
        if (declaration is TypeDeclarationSyntax { ParameterList: { } primary })
        {
            return [primary];
        }

        // An accessor returns or takes its property's type (and an indexer's parameters).
        if (declaration is AccessorDeclarationSyntax { Parent.Parent: BasePropertyDeclarationSyntax property })
        {
            return property is IndexerDeclarationSyntax indexer ? [declaration, property.Type, indexer.ParameterList] : [declaration, property.Type];
        }

        return [declaration];
    }

    // The declaration minus member bodies: base list, attributes, constraints, fields, property and event signatures.
    private static IEnumerable<SyntaxNode> TypeSyntaxRoots(SyntaxNode typeDeclaration)
    {
        foreach (var child in typeDeclaration.ChildNodes())
        {
            if (child is MemberDeclarationSyntax member)
            {
                switch (member)
                {
                    case BaseFieldDeclarationSyntax field:
                        yield return field;
                        break;
                    case BasePropertyDeclarationSyntax property:
                        yield return property.Type;
                        break;
                }
            }
            else
            {
                yield return child;
            }
        }
    }

    private static List<string> ContainingTypeNames(SyntaxNode node)
    {
        var names = new List<string>();
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            if (current is BaseTypeDeclarationSyntax type)
            {
                names.Add(type.Identifier.ValueText);
            }
        }

        return names;
    }
}
