using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// Service locator calls (<c>GetService</c>, <c>GetRequiredService</c> on an IServiceProvider,
/// <c>ServiceLocator.Current.GetInstance</c>): dependencies hidden from the constructor. Full mode
/// checks the receiver type; syntax-only mode matches the method names.
/// </summary>
internal sealed class DR5003ServiceLocator : IMemberDetector
{
    private static readonly string[] Names = ["GetService", "GetRequiredService", "GetInstance", "GetAllInstances"];

    public string RuleId => "DR5003";

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        if (member.IsSemantic)
        {
            return MemberCode.Operations(member).OfType<IInvocationOperation>()
                .Where(i => Names.Contains(i.TargetMethod.Name) && IsLocator(i.TargetMethod))
                .Select(i => Hit.At(i.Syntax, Message(i.TargetMethod.Name)));
        }

        return MemberCode.Nodes<InvocationExpressionSyntax>(member)
            .Where(i => MemberCode.CalledName(i) is "GetRequiredService" or "GetService" && i.Expression is MemberAccessExpressionSyntax)
            .Select(i => Hit.At(i, Message(MemberCode.CalledName(i))));
    }

    private static bool IsLocator(IMethodSymbol method)
    {
        var type = method.ContainingType;
        return MemberCode.Is(type, "System", "IServiceProvider")
               || type.Name is "ServiceProviderServiceExtensions" or "IServiceLocator" or "ServiceLocator"
               || type.AllInterfaces.Any(i => MemberCode.Is(i, "System", "IServiceProvider"))
               || (method.ReducedFrom ?? method).Parameters.FirstOrDefault() is { } first && MemberCode.Is(first.Type, "System", "IServiceProvider");
    }

    private static string Message(string name) => $"Service locator call '{name}': take the dependency in the constructor so it is visible and testable";
}
