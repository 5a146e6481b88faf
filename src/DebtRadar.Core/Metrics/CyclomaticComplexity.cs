using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>cc.ms</c>: cyclomatic complexity as Microsoft.CodeAnalysis.Metrics computes it.</summary>
internal static class CyclomaticComplexity
{
    // PLACEHOLDER (skeleton): the real walk over IOperation, with a syntax fallback, replaces this.
    public static int Compute(MemberContext member) => 1;

    /// <summary>cc of a type's own initializer code (field/property initializers outside members).</summary>
    public static int ForTypeInitializers(SyntaxNode typeDeclaration, SemanticModel? model) => 0;
}
