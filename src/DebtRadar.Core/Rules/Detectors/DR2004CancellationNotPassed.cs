using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// A member that receives a <c>CancellationToken</c> calls something that accepts one (an
/// optional parameter left at its default, or an overload with one more token parameter)
/// without passing it: cancellation stops at that call. Needs binding: skipped in syntax-only mode.
/// </summary>
internal sealed class DR2004CancellationNotPassed : IMemberDetector
{
    public string RuleId => "DR2004";

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        if (member.Symbol is not { } symbol || !symbol.Parameters.Any(p => MemberCode.IsCancellationToken(p.Type)))
        {
            yield break;
        }

        foreach (var invocation in MemberCode.Operations(member).OfType<IInvocationOperation>())
        {
            var target = invocation.TargetMethod;
            var defaulted = invocation.Arguments.Any(a => a.ArgumentKind == ArgumentKind.DefaultValue && MemberCode.IsCancellationToken(a.Parameter?.Type));
            if (defaulted || (!target.Parameters.Any(p => MemberCode.IsCancellationToken(p.Type)) && HasTokenOverload(target)))
            {
                yield return Hit.At(invocation.Syntax, $"'{target.Name}' accepts a CancellationToken but is not given the one this member receives");
            }
        }
    }

    private static bool HasTokenOverload(IMethodSymbol target) =>
        target.ContainingType.GetMembers(target.Name).OfType<IMethodSymbol>().Any(m =>
            m.Parameters.Length == target.Parameters.Length + 1
            && MemberCode.IsCancellationToken(m.Parameters[^1].Type)
            && m.Parameters.Take(target.Parameters.Length).Select(p => p.Type)
                .SequenceEqual(target.Parameters.Select(p => p.Type), SymbolEqualityComparer.Default));
}
