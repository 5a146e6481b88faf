using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics.Sonar;

/// <summary>
/// The increments of SonarAnalyzer 9.32's C# cognitive complexity walker (rule S3776), visited in
/// the same order over the same nodes, so that every member scores what S3776 reports for it.
/// Quirks kept on purpose: the condition of an <c>if</c> or loop is already one level deeper;
/// <c>delegate { }</c> anonymous methods do not raise nesting while lambdas do; recursion is only
/// a call through a bare identifier with the method's name and argument count.
/// </summary>
internal sealed class CognitiveWalker : CSharpSyntaxWalker
{
    // Reference identity on purpose: the right operand of a like operator is skipped by node, not by shape.
    private readonly HashSet<SyntaxNode> logicalOperationsToIgnore = [];
    private MethodDeclarationSyntax? currentMethod;
    private bool hasDirectRecursiveCall;
    private int nesting;

    public int Complexity { get; private set; }

    /// <summary>Scores a declaration; a local function is scored as S3776 scores a static one, nested one level.</summary>
    public static int Measure(SyntaxNode node)
    {
        var walker = new CognitiveWalker();
        try
        {
            if (node is LocalFunctionStatementSyntax localFunction)
            {
                walker.VisitNested(localFunction, walker.DefaultVisit);
            }
            else
            {
                walker.Visit(node);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            // S3776 gives up the same way on pathologically deep trees and keeps what it counted.
        }

        return walker.Complexity;
    }

    public override void Visit(SyntaxNode? node)
    {
        switch (node)
        {
            case LocalFunctionStatementSyntax localFunction:
                // A static local function is a member of its own for S3776: nothing of it counts here.
                if (!localFunction.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    VisitNested(localFunction, base.Visit);
                }

                break;
            case SwitchExpressionSyntax switchExpression:
                IncreaseByNestingPlusOne();
                VisitNested(switchExpression, base.Visit);
                break;
            case BinaryPatternSyntax pattern:
                CountLogicalSequence(pattern, pattern.Left, pattern.Right);
                base.Visit(node);
                break;
            default:
                base.Visit(node);
                break;
        }
    }

    public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        currentMethod = node;
        base.VisitMethodDeclaration(node);
        if (hasDirectRecursiveCall)
        {
            hasDirectRecursiveCall = false;
            Complexity++;
        }
    }

    public override void VisitIfStatement(IfStatementSyntax node)
    {
        if (node.Parent.IsKind(SyntaxKind.ElseClause))
        {
            base.VisitIfStatement(node);
        }
        else
        {
            IncreaseByNestingPlusOne();
            VisitNested(node, base.VisitIfStatement);
        }
    }

    public override void VisitElseClause(ElseClauseSyntax node)
    {
        Complexity++;
        base.VisitElseClause(node);
    }

    public override void VisitConditionalExpression(ConditionalExpressionSyntax node)
    {
        IncreaseByNestingPlusOne();
        VisitNested(node, base.VisitConditionalExpression);
    }

    public override void VisitSwitchStatement(SwitchStatementSyntax node)
    {
        IncreaseByNestingPlusOne();
        VisitNested(node, base.VisitSwitchStatement);
    }

    public override void VisitForStatement(ForStatementSyntax node)
    {
        IncreaseByNestingPlusOne();
        VisitNested(node, base.VisitForStatement);
    }

    public override void VisitWhileStatement(WhileStatementSyntax node)
    {
        IncreaseByNestingPlusOne();
        VisitNested(node, base.VisitWhileStatement);
    }

    public override void VisitDoStatement(DoStatementSyntax node)
    {
        IncreaseByNestingPlusOne();
        VisitNested(node, base.VisitDoStatement);
    }

    public override void VisitForEachStatement(ForEachStatementSyntax node)
    {
        IncreaseByNestingPlusOne();
        VisitNested(node, base.VisitForEachStatement);
    }

    // `foreach (var (a, b) in x)` is a separate node kind; S3776 9.32 has no override for it, so it is free.

    public override void VisitCatchClause(CatchClauseSyntax node)
    {
        IncreaseByNestingPlusOne();
        VisitNested(node, base.VisitCatchClause);
    }

    public override void VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        if (currentMethod is not null
            && node.Expression is IdentifierNameSyntax name
            && node.ArgumentList.Arguments.Count == currentMethod.ParameterList.Parameters.Count
            && string.Equals(name.Identifier.ValueText, currentMethod.Identifier.ValueText, StringComparison.Ordinal))
        {
            hasDirectRecursiveCall = true;
        }

        base.VisitInvocationExpression(node);
    }

    public override void VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        CountLogicalSequence(node, node.Left, node.Right);
        base.VisitBinaryExpression(node);
    }

    public override void VisitGotoStatement(GotoStatementSyntax node)
    {
        IncreaseByNestingPlusOne();
        base.VisitGotoStatement(node);
    }

    public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        VisitNested(node, base.VisitSimpleLambdaExpression);

    public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        VisitNested(node, base.VisitParenthesizedLambdaExpression);

    /// <summary>
    /// +1 for the first operator of a sequence of like operators (<c>&amp;&amp;</c>, <c>||</c>, <c>and</c>,
    /// <c>or</c>): only when the left operand is not the same operator; a same-operator right operand
    /// (<c>a &amp;&amp; (b &amp;&amp; c)</c>) continues the sequence and is skipped when visited.
    /// </summary>
    private void CountLogicalSequence(SyntaxNode node, SyntaxNode left, SyntaxNode right)
    {
        var kind = node.Kind();
        if (kind is not (SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.AndPattern or SyntaxKind.OrPattern)
            || logicalOperationsToIgnore.Contains(node))
        {
            return;
        }

        if (!RemoveParentheses(left).IsKind(kind))
        {
            Complexity++;
        }

        var unwrappedRight = RemoveParentheses(right);
        if (unwrappedRight.IsKind(kind))
        {
            logicalOperationsToIgnore.Add(unwrappedRight);
        }
    }

    private static SyntaxNode RemoveParentheses(SyntaxNode node)
    {
        var current = node;
        while (true)
        {
            switch (current)
            {
                case ParenthesizedExpressionSyntax expression:
                    current = expression.Expression;
                    break;
                case ParenthesizedPatternSyntax pattern:
                    current = pattern.Pattern;
                    break;
                default:
                    return current;
            }
        }
    }

    private void IncreaseByNestingPlusOne() => Complexity += nesting + 1;

    private void VisitNested<T>(T node, Action<T> visit)
    {
        nesting++;
        visit(node);
        nesting--;
    }
}
