using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>
/// The parts of MS's <c>NamedTypeMetricData</c> that belong to no DebtRadar member: the type
/// declaration's own code (attributes, base arguments), fields, and the declaration-level code of
/// properties and events (initializers; an expression body, which MS counts for the property as
/// well as for its getter). Accessors and methods are DebtRadar members and are added by the caller.
/// </summary>
internal static class MsTypeLevel
{
    public static int InitializerCyclomatic(SyntaxNode typeDeclaration, SemanticModel? model, CancellationToken ct)
    {
        if (model is null || model.GetDeclaredSymbol(typeDeclaration, ct) is not INamedTypeSymbol type)
        {
            return SyntaxInitializerCyclomatic(typeDeclaration);
        }

        var total = MsWalk.Cyclomatic(MsWalk.Run(type, [typeDeclaration], model, collectHeaderTypes: false, ct));
        var fields = new List<(int Mi, int Cc)>();
        foreach (var (member, syntax) in OwnMembers(type, typeDeclaration, ct))
        {
            var walk = MsWalk.Run(member, [syntax], model, collectHeaderTypes: false, ct);
            var cc = MsWalk.Cyclomatic(walk);
            if (member is IFieldSymbol)
            {
                var halstead = MsHalstead.Over(walk.Blocks);
                fields.Add((MaintainabilityIndex.Compute(halstead.Volume, cc, (int)halstead.EffectiveLines), cc));
            }
            else
            {
                total += cc;
            }
        }

        // MS's heuristic against simple fields: by rising MI, a field counts while its MI is at most
        // a threshold that starts at 99 and drops by 4 per field taken.
        var threshold = 99;
        foreach (var (mi, cc) in fields.OrderBy(f => f.Mi))
        {
            if (mi > threshold)
            {
                break;
            }

            total += cc;
            threshold -= 4;
        }

        if (total == 0 && !type.IsStatic && !HasMethodMembers(type) && IsFirstDeclaration(type, typeDeclaration))
        {
            // MS gives an empty non-static type 1, for its implicit constructor.
            return 1;
        }

        return total;
    }

    public static ImmutableArray<TypeReference> Coupling(SyntaxNode typeDeclaration, INamedTypeSymbol type, SemanticModel model, CancellationToken ct)
    {
        var coupling = new MsCoupling();
        coupling.Add(MsWalk.Run(type, [typeDeclaration], model, collectHeaderTypes: true, ct));
        foreach (var (member, syntax) in OwnMembers(type, typeDeclaration, ct))
        {
            coupling.Add(MsWalk.Run(member, [syntax], model, collectHeaderTypes: true, ct));
            switch (member)
            {
                case IFieldSymbol field:
                    coupling.Add(field.Type);
                    break;
                case IPropertySymbol property:
                    foreach (var parameter in property.Parameters)
                    {
                        coupling.Add(parameter.Type);
                    }

                    coupling.Add(property.Type);
                    break;
                case IEventSymbol @event:
                    coupling.Add(@event.Type);
                    break;
            }
        }

        return coupling.ToReferences(type);
    }

    /// <summary>Fields, properties and events of <paramref name="type"/> declared in this declaration, with their syntax.</summary>
    private static IEnumerable<(ISymbol Member, SyntaxNode Syntax)> OwnMembers(INamedTypeSymbol type, SyntaxNode typeDeclaration, CancellationToken ct)
    {
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || member.Kind is not (SymbolKind.Field or SymbolKind.Property or SymbolKind.Event))
            {
                continue;
            }

            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == typeDeclaration.SyntaxTree && typeDeclaration.Span.Contains(reference.Span))
                {
                    yield return (member, reference.GetSyntax(ct));
                }
            }
        }
    }

    private static bool HasMethodMembers(INamedTypeSymbol type) =>
        type.GetMembers().Any(m => m is IMethodSymbol && !m.IsImplicitlyDeclared);

    private static bool IsFirstDeclaration(INamedTypeSymbol type, SyntaxNode typeDeclaration) =>
        type.DeclaringSyntaxReferences.FirstOrDefault() is not { } first
        || (first.SyntaxTree == typeDeclaration.SyntaxTree && first.Span == typeDeclaration.Span);

    private static int SyntaxInitializerCyclomatic(SyntaxNode typeDeclaration)
    {
        var total = 0;
        var hasMembers = false;
        foreach (var member in typeDeclaration.ChildNodes().OfType<MemberDeclarationSyntax>())
        {
            switch (member)
            {
                case BaseFieldDeclarationSyntax field:
                    total += field.Declaration.Variables.Sum(v => v.Initializer is null ? 0 : MsSyntax.ConditionalLogic(v.Initializer));
                    break;
                case PropertyDeclarationSyntax property:
                    hasMembers |= property.AccessorList?.Accessors.Count > 0;
                    total += property.Initializer is null ? 0 : MsSyntax.ConditionalLogic(property.Initializer);
                    total += property.ExpressionBody is null ? 0 : 1 + MsSyntax.ConditionalLogic(property.ExpressionBody);
                    hasMembers |= property.ExpressionBody is not null;
                    break;
                case IndexerDeclarationSyntax indexer:
                    total += indexer.ExpressionBody is null ? 0 : 1 + MsSyntax.ConditionalLogic(indexer.ExpressionBody);
                    hasMembers = true;
                    break;
                case BaseMethodDeclarationSyntax or EventDeclarationSyntax:
                    hasMembers = true;
                    break;
            }
        }

        var isStatic = typeDeclaration is BaseTypeDeclarationSyntax t && t.Modifiers.Any(m => m.ValueText == "static");
        var hasPrimaryConstructor = typeDeclaration is TypeDeclarationSyntax { ParameterList: not null };
        return total == 0 && !isStatic && !hasMembers && !hasPrimaryConstructor ? 1 : total;
    }
}
