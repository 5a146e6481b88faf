using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// A user rule of kind <c>metric-threshold</c>: a member metric (cc, cognitive, loc_source, nloc,
/// params, nesting, coupling; mi flags values below) or a type metric (wmc, coupling, dit,
/// lcom4, loc_source) over the rule's <c>threshold</c>, by the rule's scope.
/// </summary>
internal static class MetricThreshold
{
    public static IDetector? Create(RuleDefinition rule) => rule.Scope switch
    {
        RuleScope.Member when MemberMetric(rule.Metric) is { } metric => new Member(rule.Id, rule.Metric!, metric, rule.Metric == "mi"),
        RuleScope.Type when TypeMetric(rule.Metric) is { } metric => new Type(rule.Id, rule.Metric!, metric),
        _ => null,
    };

    internal static Func<MemberMetrics, double>? MemberMetric(string? name) => name switch
    {
        "cc" => m => m.Cyclomatic,
        "cognitive" => m => m.Cognitive,
        "loc_source" => m => m.SourceLines,
        "nloc" => m => m.Nloc,
        "params" => m => m.Parameters,
        "nesting" => m => m.MaxNesting,
        "coupling" => m => m.Coupling,
        "mi" => m => m.MaintainabilityIndex,
        _ => null,
    };

    internal static Func<TypeResult, double>? TypeMetric(string? name) => name switch
    {
        "wmc" => t => t.Wmc,
        "coupling" => t => t.Coupling,
        "dit" => t => t.DepthOfInheritance,
        "lcom4" => t => t.Lcom4,
        "loc_source" => t => t.SourceLines,
        _ => null,
    };

    private sealed class Member(string id, string name, Func<MemberMetrics, double> metric, bool lowIsBad) : MemberThreshold(id, name, metric, lowIsBad);

    private sealed class Type(string id, string name, Func<TypeResult, double> metric) : TypeThreshold(id, name, metric);
}
