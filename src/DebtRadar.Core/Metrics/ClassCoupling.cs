using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>coupling.ms</c>: distinct named types referenced, MS rules applied.</summary>
internal static class ClassCoupling
{
    // PLACEHOLDER (skeleton).
    public static ImmutableArray<TypeReference> ForMember(MemberContext member) => [];

    /// <summary>Types referenced by a type declaration itself (bases, attributes, field and signature types), members' bodies excluded.</summary>
    public static ImmutableArray<TypeReference> ForTypeDeclaration(SyntaxNode typeDeclaration, INamedTypeSymbol? symbol, SemanticModel? model) => [];
}
