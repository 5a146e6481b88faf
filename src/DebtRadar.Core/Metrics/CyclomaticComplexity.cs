using DebtRadar.Core.Metrics.Ms;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics;

/// <summary><c>cc.ms</c>: cyclomatic complexity as Microsoft.CodeAnalysis.Metrics computes it.</summary>
/// <remarks>
/// Full mode walks the member's operation blocks: +1 per body block and +1 per explicit
/// <c>CaseClause</c>, <c>Conditional</c>, <c>Loop</c>, <c>Coalesce</c>, <c>ConditionalAccess</c>,
/// <c>&amp;&amp;</c>, <c>||</c> and bool <c>&amp;</c>/<c>|</c>, lambdas and local functions included;
/// 0 becomes 1. Syntax-only mode counts the same constructs by syntax, and <c>&amp;</c>/<c>|</c>
/// only when an operand is bool by its form.
/// </remarks>
internal static class CyclomaticComplexity
{
    public static int Compute(MemberContext member) => Math.Max(1, Raw(member));

    /// <summary>cc before MS turns 0 into 1 (MI uses this value).</summary>
    internal static int Raw(MemberContext member)
    {
        if (!member.IsSemantic)
        {
            return MsSyntax.Cyclomatic(member.Declaration);
        }

        var cc = 0;
        foreach (var block in member.OperationBlocks)
        {
            if (block.Kind is OperationKind.Block or OperationKind.MethodBody or OperationKind.ConstructorBody)
            {
                cc++;
            }

            cc += MsWalk.CountConditionalLogic(block);
        }

        return cc;
    }

    /// <summary>cc of a type's own code outside its members (see <see cref="MsTypeLevel"/>).</summary>
    public static int ForTypeInitializers(SyntaxNode typeDeclaration, SemanticModel? model) =>
        MsTypeLevel.InitializerCyclomatic(typeDeclaration, model, CancellationToken.None);
}
