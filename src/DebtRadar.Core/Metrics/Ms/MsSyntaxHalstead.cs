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
        var counter = new Counter();
        foreach (var code in MsSyntax.CodeOf(declaration))
        {
            foreach (var node in code.DescendantNodesAndSelf())
            {
                counter.Add(node);
            }
        }

        return counter.Volume;
    }

    /// <summary>
    /// The volume as a fold over the nodes of a member's code (<see cref="MsSyntax.CodeOf"/>, each
    /// root included), in any order.
    /// </summary>
    /// <remarks>
    /// Operands are distinct by what they name: a literal by its value, a name by its text, a call
    /// result by its callee's text, a creation by its type's text. The four sorts never share an
    /// operand, so each has its own set and no key is built by concatenation.
    /// </remarks>
    internal sealed class Counter
    {
        private readonly HashSet<SyntaxKind> binary = [];
        private readonly HashSet<SyntaxKind> unary = [];
        private readonly HashSet<SyntaxKind> cases = [];
        private readonly HashSet<string> literals = new(StringComparer.Ordinal);
        private readonly HashSet<string> names = new(StringComparer.Ordinal);
        private readonly HashSet<string> calls = new(StringComparer.Ordinal);
        private readonly HashSet<string> creations = new(StringComparer.Ordinal);
        private long operators;
        private long operandUses;

        public double Volume
        {
            get
            {
                long distinctOperators = binary.Count + (binary.Count > 1 ? binary.Count - 1 : 0)
                    + (unary.Count > 1 ? unary.Count - 1 : 0) + (cases.Count > 1 ? cases.Count - 1 : 0);
                var distinctOperands = literals.Count + names.Count + calls.Count + creations.Count;
                return (operators + operandUses) * Math.Max(0.0, Math.Log(distinctOperators + distinctOperands, 2));
            }
        }

        /// <summary>Forgets every node, keeping the sets' room, to count the next member.</summary>
        public void Clear()
        {
            binary.Clear();
            unary.Clear();
            cases.Clear();
            literals.Clear();
            names.Clear();
            calls.Clear();
            creations.Clear();
            operators = 0;
            operandUses = 0;
        }

        public void Add(SyntaxNode node)
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal:
                    Operand(literals, literal.Token.ValueText);
                    break;
                case IdentifierNameSyntax id when node.Parent is not MemberAccessExpressionSyntax { Name: var n } || n != node:
                    if (node.Parent is not (InvocationExpressionSyntax or TypeArgumentListSyntax) && !id.IsVar)
                    {
                        Operand(names, id.Identifier.ValueText);
                    }

                    break;
                case MemberAccessExpressionSyntax access:
                    operators++;
                    Operand(names, access.Name.Identifier.ValueText);
                    break;
                case InvocationExpressionSyntax invocation:
                    operators++;
                    if (invocation.Parent is not ExpressionStatementSyntax)
                    {
                        Operand(calls, invocation.Expression.ToString());
                    }

                    break;
                case BaseObjectCreationExpressionSyntax creation:
                    operators++;
                    Operand(creations, creation is ObjectCreationExpressionSyntax o ? o.Type.ToString() : "()");
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
                    Operand(names, declarator.Identifier.ValueText);
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

        private void Operand(HashSet<string> operands, string key)
        {
            operandUses++;
            operands.Add(key);
        }
    }
}
