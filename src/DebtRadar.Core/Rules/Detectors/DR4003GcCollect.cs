using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>Explicit <c>GC.Collect()</c>: it second-guesses the collector and usually hides a leak or a benchmark habit (CA1001-adjacent, S1215).</summary>
internal sealed class DR4003GcCollect : IFileDetector
{
    public string RuleId => "DR4003";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule) =>
        file.Syntax.All<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Collect", Expression: var receiver }
                        && receiver.ToString() is "GC" or "System.GC" or "global::System.GC"
                        && (file.Model?.GetSymbolInfo(i).Symbol is not IMethodSymbol method || MemberCode.Is(method.ContainingType, "System", "GC")))
            .Select(i => Hit.At(i, "GC.Collect forces a full collection: find what holds the memory instead"));
}
