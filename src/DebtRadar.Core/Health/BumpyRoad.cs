using DebtRadar.Core.Metrics.Sonar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Health;

/// <summary>
/// "Bumpy road" bumps of a member (CodeScene's code-health smell): each outermost control statement
/// (<c>if</c>, loop, <c>switch</c>, <c>try</c>) whose own nesting reaches two levels is one bump, a
/// chunk of nested logic a reader must hold at once. A member with several bumps is a bumpy road:
/// it usually hides as many missing methods. Nesting is counted as <c>nesting.max</c> counts it
/// (an <c>else if</c> stays at its chain's depth); lambdas and local functions are walked.
/// </summary>
internal static class BumpyRoad
{
    public static int Count(SyntaxNode declaration)
    {
        var bumps = 0;
        foreach (var root in MeasuredCode.Of(declaration))
        {
            foreach (var outer in Outermost(root))
            {
                if (Depth(outer) >= 2)
                {
                    bumps++;
                }
            }
        }

        return bumps;
    }

    private static IEnumerable<SyntaxNode> Outermost(SyntaxNode root) =>
        root.DescendantNodes(n => n == root || !OpensLevel(n)).Where(OpensLevel);

    /// <summary>Depth of the deepest level-opening statement inside <paramref name="node"/>, itself counted as 1.</summary>
    private static int Depth(SyntaxNode node)
    {
        var deepest = 0;
        foreach (var child in node.ChildNodes())
        {
            deepest = Math.Max(deepest, Depth(child));
        }

        return OpensLevel(node) ? deepest + 1 : deepest;
    }

    private static bool OpensLevel(SyntaxNode node) => node switch
    {
        IfStatementSyntax i => !i.Parent.IsKind(SyntaxKind.ElseClause),
        ForStatementSyntax or ForEachStatementSyntax or ForEachVariableStatementSyntax or WhileStatementSyntax
            or DoStatementSyntax or SwitchStatementSyntax or TryStatementSyntax => true,
        _ => false,
    };
}
