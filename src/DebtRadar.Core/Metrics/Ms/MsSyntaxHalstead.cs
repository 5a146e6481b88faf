using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>
/// Syntax-only approximation of MS's Halstead volume: the operation kinds MS counts are matched
/// to the syntax that usually produces them; what needs symbols (void calls, field vs local) is guessed.
/// </summary>
internal static class MsSyntaxHalstead
{
    public static double Volume(SyntaxNode declaration)
    {
        var binary = new HashSet<SyntaxKind>();
        var unary = new HashSet<SyntaxKind>();
        var cases = new HashSet<SyntaxKind>();
        var operands = new HashSet<string>(StringComparer.Ordinal);
        long operators = 0, operandUses = 0;

        void Operand(string name)
        {
            operandUses++;
            operands.Add(name);
        }

        foreach (var code in MsSyntax.CodeOf(declaration))
        {
            foreach (var node in code.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case LiteralExpressionSyntax literal:
                        Operand("#" + literal.Token.ValueText);
                        break;
                    case IdentifierNameSyntax id when node.Parent is not MemberAccessExpressionSyntax { Name: var n } || n != node:
                        if (node.Parent is not (InvocationExpressionSyntax or TypeArgumentListSyntax) && !id.IsVar)
                        {
                            Operand(id.Identifier.ValueText);
                        }

                        break;
                    case MemberAccessExpressionSyntax access:
                        operators++;
                        Operand(access.Name.Identifier.ValueText);
                        break;
                    case InvocationExpressionSyntax invocation:
                        operators++;
                        if (invocation.Parent is not ExpressionStatementSyntax)
                        {
                            Operand(invocation.Expression.ToString() + "()");
                        }

                        break;
                    case BaseObjectCreationExpressionSyntax creation:
                        operators++;
                        Operand("new " + (creation is ObjectCreationExpressionSyntax o ? o.Type.ToString() : "()"));
                        break;
                    case BinaryExpressionSyntax b when b.Kind() is not (SyntaxKind.AsExpression or SyntaxKind.IsExpression or SyntaxKind.CoalesceExpression):
                        operators++;
                        binary.Add(b.Kind());
                        break;
                    case AssignmentExpressionSyntax a:
                        operators++;
                        if (a.Kind() != SyntaxKind.SimpleAssignmentExpression)
                        {
                            binary.Add(a.Kind());
                        }

                        break;
                    case PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax:
                        operators++;
                        if (node.Kind() is not (SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression))
                        {
                            unary.Add(node.Kind());
                        }

                        break;
                    case CaseSwitchLabelSyntax or CasePatternSwitchLabelSyntax or DefaultSwitchLabelSyntax:
                        operators++;
                        cases.Add(node.Kind());
                        break;
                    case VariableDeclaratorSyntax { Initializer: not null } declarator:
                        operators++;
                        Operand(declarator.Identifier.ValueText);
                        break;
                    case ReturnStatementSyntax { Expression: not null } or ArrowExpressionClauseSyntax or ThrowStatementSyntax or ThrowExpressionSyntax
                        or AwaitExpressionSyntax or ConditionalAccessExpressionSyntax or CastExpressionSyntax or ElementAccessExpressionSyntax
                        or TypeOfExpressionSyntax or SizeOfExpressionSyntax or IsPatternExpressionSyntax or InterpolatedStringExpressionSyntax
                        or TupleExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
                        or InitializerExpressionSyntax or LockStatementSyntax or UsingStatementSyntax or YieldStatementSyntax { Expression: not null }:
                        operators++;
                        break;
                    case BinaryExpressionSyntax:
                        operators++;
                        break;
                }
            }
        }

        long distinctOperators = binary.Count + (binary.Count > 1 ? binary.Count - 1 : 0)
            + (unary.Count > 1 ? unary.Count - 1 : 0) + (cases.Count > 1 ? cases.Count - 1 : 0);
        return (operators + operandUses) * Math.Max(0.0, Math.Log(distinctOperators + operands.Count, 2));
    }
}
