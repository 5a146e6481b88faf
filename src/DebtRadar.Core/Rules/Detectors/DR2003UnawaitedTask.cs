using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// A call whose task is dropped on the floor (an expression statement of type Task/ValueTask):
/// its exceptions are lost and its work races the caller. <c>_ = Call();</c> says "fire and
/// forget" on purpose and is not reported, nor is a dropped <c>ContinueWith</c> continuation (the
/// continuation observes its antecedent; dropping it is the idiom). Needs binding: skipped in syntax-only mode.
/// </summary>
internal sealed class DR2003UnawaitedTask : IMemberDetector
{
    public string RuleId => "DR2003";

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        foreach (var operation in MemberCode.Operations(member))
        {
            if (operation is IExpressionStatementOperation { Operation: IInvocationOperation invocation } && MemberCode.IsTask(invocation.Type)
                && invocation.TargetMethod.Name != "ContinueWith")
            {
                yield return Hit.At(operation.Syntax, $"The task returned by '{invocation.TargetMethod.Name}' is neither awaited nor stored: await it, or write '_ =' if dropping it is intended");
            }
        }
    }
}
