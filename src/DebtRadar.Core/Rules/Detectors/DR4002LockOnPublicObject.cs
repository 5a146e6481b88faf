using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// <c>lock</c> on <c>this</c>, a <c>Type</c> or a string: objects other code can lock too, so
/// deadlocks come from far away (CA2002). Lock targets come from the bound lock operation in
/// full mode, from the syntax (<c>this</c>, <c>typeof</c>, a literal) otherwise.
/// </summary>
internal sealed class DR4002LockOnPublicObject : IMemberDetector
{
    public string RuleId => "DR4002";

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        if (member.IsSemantic)
        {
            foreach (var lockOperation in MemberCode.Operations(member).OfType<ILockOperation>())
            {
                var value = lockOperation.LockedValue is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : lockOperation.LockedValue;
                var what = value switch
                {
                    IInstanceReferenceOperation => "this",
                    ITypeOfOperation => "a Type",
                    _ when value.Type?.SpecialType == SpecialType.System_String => "a string",
                    _ when MemberCode.Is(value.Type, "System", "Type") => "a Type",
                    _ => null,
                };
                if (what is not null)
                {
                    yield return Hit.At(value.Syntax, Message(what));
                }
            }

            yield break;
        }

        foreach (var statement in MemberCode.Nodes<LockStatementSyntax>(member))
        {
            var what = statement.Expression switch
            {
                ThisExpressionSyntax => "this",
                TypeOfExpressionSyntax => "a Type",
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } => "a string",
                _ => null,
            };
            if (what is not null)
            {
                yield return Hit.At(statement.Expression, Message(what));
            }
        }
    }

    private static string Message(string what) => $"lock on {what}: other code can take the same lock; lock a private readonly object";
}
