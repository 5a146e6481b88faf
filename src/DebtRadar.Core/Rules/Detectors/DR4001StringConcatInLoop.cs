using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// <c>s += …</c> on a string inside a loop (declared outside it): quadratic copying; use a
/// StringBuilder. Full mode checks the target's type from the bound operation; syntax-only mode
/// reports <c>+=</c> of a string literal or interpolated string.
/// </summary>
internal sealed class DR4001StringConcatInLoop : IMemberDetector
{
    public string RuleId => "DR4001";

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        if (member.IsSemantic)
        {
            foreach (var assignment in MemberCode.Operations(member).OfType<ICompoundAssignmentOperation>())
            {
                if (assignment.OperatorKind == BinaryOperatorKind.Add && assignment.Target.Type?.SpecialType == SpecialType.System_String
                    && Loop(assignment.Syntax) is { } loop && !DeclaredInside(assignment.Target, loop))
                {
                    yield return Hit.At(assignment.Syntax, Message);
                }
            }

            yield break;
        }

        foreach (var assignment in MemberCode.Nodes<AssignmentExpressionSyntax>(member))
        {
            if (assignment.IsKind(SyntaxKind.AddAssignmentExpression)
                && assignment.Right is InterpolatedStringExpressionSyntax or LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression }
                && Loop(assignment) is not null)
            {
                yield return Hit.At(assignment, Message);
            }
        }
    }

    private const string Message = "String concatenation in a loop copies the whole string each time: use a StringBuilder";

    private static SyntaxNode? Loop(SyntaxNode node) =>
        node.Ancestors().TakeWhile(a => a is not (MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .FirstOrDefault(a => a is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax);

    private static bool DeclaredInside(IOperation target, SyntaxNode loop) =>
        target is ILocalReferenceOperation local
        && local.Local.DeclaringSyntaxReferences.Any(r => loop.Span.Contains(r.Span));
}
