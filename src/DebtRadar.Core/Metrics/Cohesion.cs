using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>lcom.hs</c> and <c>lcom4</c>, and the per-member facts they are computed from.</summary>
internal static class Cohesion
{
    // PLACEHOLDER (skeleton).
    public static ImmutableArray<string> InstanceFields(SyntaxNode typeDeclaration, INamedTypeSymbol? symbol) => [];

    // PLACEHOLDER (skeleton).
    public static CohesionEntry Extract(MemberContext member, string memberName, INamedTypeSymbol? containingType) => new(memberName, [], []);

    // PLACEHOLDER (skeleton).
    public static double? LcomHs(IReadOnlyCollection<string> fields, IReadOnlyCollection<CohesionEntry> members) => null;

    // PLACEHOLDER (skeleton).
    public static int Lcom4(IReadOnlyCollection<string> fields, IReadOnlyCollection<CohesionEntry> members) => 1;
}
