using DebtRadar.Core.Metrics.Sonar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Health;

/// <summary>
/// Complex conditionals of a member (CodeScene's smell; Sonar S1067 limits the same thing): a
/// condition of an <c>if</c>, a loop or a <c>?:</c> that holds two or more <c>&amp;&amp;</c> / <c>||</c>
/// operators (or <c>and</c> / <c>or</c> patterns), lambdas inside it not counted.
/// </summary>
internal static class ComplexConditionals
{
    public const int MinOperators = 2;

    public static int Count(SyntaxNode declaration) =>
        MeasuredCode.Of(declaration)
            .SelectMany(root => root.DescendantNodesAndSelf())
            .Count(IsComplex);

    /// <summary>Whether <paramref name="node"/> is a statement or <c>?:</c> whose condition is complex.</summary>
    internal static bool IsComplex(SyntaxNode node) => Condition(node) is { } condition && Operators(condition) >= MinOperators;

    private static ExpressionSyntax? Condition(SyntaxNode node) => node switch
    {
        IfStatementSyntax s => s.Condition,
        WhileStatementSyntax s => s.Condition,
        DoStatementSyntax s => s.Condition,
        ForStatementSyntax s => s.Condition,
        ConditionalExpressionSyntax s => s.Condition,
        _ => null,
    };

    private static int Operators(ExpressionSyntax condition) =>
        condition.DescendantNodesAndSelf(n => n is not (LambdaExpressionSyntax or AnonymousMethodExpressionSyntax))
            .Count(n => n.IsKind(SyntaxKind.LogicalAndExpression) || n.IsKind(SyntaxKind.LogicalOrExpression)
                || n.IsKind(SyntaxKind.AndPattern) || n.IsKind(SyntaxKind.OrPattern));
}
