using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary>A type's fields and callable siblings as member cohesion needs them.</summary>
internal sealed record CohesionScope(HashSet<string> Fields, HashSet<string> Siblings);

/// <summary>
/// Computes each type declaration's <see cref="CohesionScope"/> once for all its members: per member,
/// reading the whole type again made a type of n members cost n² (50,000 members never finished).
/// One instance per analysed document; not thread-safe.
/// </summary>
internal sealed class CohesionScopes
{
    private readonly Dictionary<TypeDeclarationSyntax, CohesionScope> byType = [];

    public CohesionScope For(TypeDeclarationSyntax type, INamedTypeSymbol? symbol)
    {
        if (!byType.TryGetValue(type, out var scope))
        {
            scope = new CohesionScope(
                CohesionFields.Declared(type, symbol).ToHashSet(StringComparer.Ordinal),
                type.Members.Select(CohesionUses.SiblingName).OfType<string>().ToHashSet(StringComparer.Ordinal));
            byType.Add(type, scope);
        }

        return scope;
    }
}
