using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// Blocking on a task: <c>.Result</c>, <c>.Wait()</c>, <c>.GetAwaiter().GetResult()</c>. From the
/// bound operations in full mode; in syntax-only mode only the unambiguous
/// <c>GetAwaiter().GetResult()</c> and argument-less <c>.Wait()</c> shapes are reported.
/// </summary>
internal sealed class DR2002SyncOverAsync : IMemberDetector
{
    public string RuleId => "DR2002";

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        if (!member.IsSemantic)
        {
            foreach (var invocation in MemberCode.Nodes<InvocationExpressionSyntax>(member))
            {
                var name = MemberCode.CalledName(invocation);
                if ((name == "GetResult" && invocation.Expression is MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax inner } && MemberCode.CalledName(inner) == "GetAwaiter")
                    || (name == "Wait" && invocation.ArgumentList.Arguments.Count == 0))
                {
                    yield return Hit.At(invocation, Message(name));
                }
            }

            yield break;
        }

        foreach (var operation in MemberCode.Operations(member))
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Property.Name: "Result" } property
                    when MemberCode.IsTask(property.Property.ContainingType) && !CheckedForCompletion(member, property.Instance):
                    yield return Hit.At(operation.Syntax, Message("Result"));
                    break;
                case IInvocationOperation { TargetMethod.Name: "Wait" or "WaitAll" } wait when MemberCode.IsTask(wait.TargetMethod.ContainingType):
                    yield return Hit.At(operation.Syntax, Message(wait.TargetMethod.Name));
                    break;
                case IInvocationOperation { TargetMethod.Name: "GetResult" } getResult
                    when getResult.TargetMethod.ContainingType.Name.EndsWith("Awaiter", StringComparison.Ordinal)
                        && getResult.TargetMethod.ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices":
                    yield return Hit.At(operation.Syntax, Message("GetResult"));
                    break;
            }
        }
    }

    /// <summary>
    /// Reading <c>Result</c> of a task the member has checked (<c>IsCompleted</c>,
    /// <c>IsCompletedSuccessfully</c>, <c>Status</c>) does not block: the usual fast path.
    /// </summary>
    private static bool CheckedForCompletion(MemberContext member, IOperation? instance)
    {
        var symbol = instance switch
        {
            IParameterReferenceOperation p => (ISymbol)p.Parameter,
            ILocalReferenceOperation l => l.Local,
            IFieldReferenceOperation f => f.Field,
            _ => null,
        };
        return symbol is not null && MemberCode.Operations(member).OfType<IPropertyReferenceOperation>().Any(p =>
            p.Property.Name is "IsCompleted" or "IsCompletedSuccessfully" or "Status" or "IsFaulted" or "IsCanceled"
            && p.Instance switch
            {
                IParameterReferenceOperation q => SymbolEqualityComparer.Default.Equals(q.Parameter, symbol),
                ILocalReferenceOperation l => SymbolEqualityComparer.Default.Equals(l.Local, symbol),
                IFieldReferenceOperation f => SymbolEqualityComparer.Default.Equals(f.Field, symbol),
                _ => false,
            });
    }

    private static string Message(string what) => $"Blocking on a task ({what}) risks deadlocks and starves the thread pool: await it";
}
