using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary><c>Thread.Sleep</c> inside an async method, local function or lambda: it blocks a pool thread; <c>await Task.Delay</c> does not.</summary>
internal sealed class DR2005ThreadSleepInAsync : IFileDetector
{
    public string RuleId => "DR2005";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule) =>
        file.Syntax.All<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sleep", Expression: var receiver }
                        && receiver.ToString() is "Thread" or "System.Threading.Thread" or "global::System.Threading.Thread"
                        && MemberCode.InAsyncFunction(i)
                        && (file.Model is null || IsThreadSleep(file.Model, i)))
            .Select(i => Hit.At(i, "Thread.Sleep blocks a thread inside async code: use await Task.Delay"));

    private static bool IsThreadSleep(SemanticModel model, InvocationExpressionSyntax invocation) =>
        model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method || MemberCode.Is(method.ContainingType, "System.Threading", "Thread");
}
