using DebtRadar.Core.Metrics.Sonar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary><c>nesting.max</c>: deepest control-flow nesting inside a member.</summary>
/// <remarks>
/// Counted as SonarAnalyzer's S134 counts it, so a reader can check it with a tool: <c>if</c> (an
/// <c>else if</c> continues its chain at the same depth), <c>for</c>, <c>foreach</c>, <c>while</c>,
/// <c>do</c>, <c>switch</c> statements and <c>try</c> each open one level. Lambdas, local functions,
/// switch expressions, <c>?:</c>, <c>using</c> and <c>lock</c> open none, but what they contain is
/// still walked, so an <c>if</c> in a lambda inside a loop is at depth 2. A member without any of
/// them has depth 0.
/// </remarks>
internal static class NestingDepth
{
    public static int Compute(SyntaxNode declaration)
    {
        var walker = new Walker();
        foreach (var node in MeasuredCode.Of(declaration))
        {
            walker.Visit(node);
        }

        return walker.Max;
    }

    /// <summary>Whether <paramref name="node"/> opens a nesting level (an <c>else if</c> does not).</summary>
    internal static bool OpensLevel(SyntaxNode node) => node.Kind() switch
    {
        SyntaxKind.IfStatement => !node.Parent.IsKind(SyntaxKind.ElseClause),
        SyntaxKind.ForStatement or SyntaxKind.ForEachStatement or SyntaxKind.ForEachVariableStatement or SyntaxKind.WhileStatement
            or SyntaxKind.DoStatement or SyntaxKind.SwitchStatement or SyntaxKind.TryStatement => true,
        _ => false,
    };

    private sealed class Walker : CSharpSyntaxWalker
    {
        private int depth;

        public int Max { get; private set; }

        public override void VisitIfStatement(IfStatementSyntax node)
        {
            if (node.Parent.IsKind(SyntaxKind.ElseClause))
            {
                base.VisitIfStatement(node);
            }
            else
            {
                Nested(node, base.VisitIfStatement);
            }
        }

        public override void VisitForStatement(ForStatementSyntax node) => Nested(node, base.VisitForStatement);

        public override void VisitForEachStatement(ForEachStatementSyntax node) => Nested(node, base.VisitForEachStatement);

        public override void VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
            Nested(node, base.VisitForEachVariableStatement);

        public override void VisitWhileStatement(WhileStatementSyntax node) => Nested(node, base.VisitWhileStatement);

        public override void VisitDoStatement(DoStatementSyntax node) => Nested(node, base.VisitDoStatement);

        public override void VisitSwitchStatement(SwitchStatementSyntax node) => Nested(node, base.VisitSwitchStatement);

        public override void VisitTryStatement(TryStatementSyntax node) => Nested(node, base.VisitTryStatement);

        private void Nested<T>(T node, Action<T> visit)
        {
            depth++;
            Max = Math.Max(Max, depth);
            visit(node);
            depth--;
        }
    }
}
