using DebtRadar.Core.Rules;

namespace DebtRadar.Core.Tests.Rules;

/// <summary>Every rule's own catalog examples: the non-compliant one is flagged at its marked spot, the compliant one is not.</summary>
public sealed class RuleExampleTests
{
    /// <summary>
    /// Rules whose non-compliant example needs a metric that is still a skeleton placeholder in
    /// Core (nesting.max, loc.nloc, lcom4/field use, package dependencies and cycles). Their
    /// detectors are tested on built results meanwhile; the examples run once the metrics land.
    /// </summary>
    private static readonly string[] AwaitingMetrics = ["DR1005", "DR1103", "DR1105", "DR1201", "DR1301", "DR1302", "DR1303"];

    public static TheoryData<string> ExampleRules() => [.. RuleCatalog.BuiltIn.Rules.Where(r => !AwaitingMetrics.Contains(r.Id)).Select(r => r.Id)];

    public static TheoryData<string> PendingRules() => [.. AwaitingMetrics];

    [Theory(Skip = "the metric behind this rule is a placeholder in Core at this commit (see AwaitingMetrics)")]
    [MemberData(nameof(PendingRules))]
    public Task NonCompliantExample_AwaitingMetric_IsFlaggedAtMarker(string id) => NonCompliantExample_FullMode_IsFlaggedAtMarker(id);

    [Theory]
    [MemberData(nameof(ExampleRules))]
    public async Task NonCompliantExample_FullMode_IsFlaggedAtMarker(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id)!;
        var (source, line, column) = RuleHarness.Unmark(rule.Examples!.NonCompliant);
        Assert.True(line > 0, $"{id}: the non-compliant example has no [| |] marker");

        var findings = await RuleHarness.FindingsAsync(RuleHarness.Only(rule.Examples.Parameters, id), syntaxOnly: false, ("Example.cs", source));

        var placed = findings.Where(f => f.RuleId == id).Select(f => (f.Line, Column: rule.Scope == RuleScope.Type ? 0 : f.Column)).ToList();
        Assert.Contains((line, rule.Scope == RuleScope.Type ? 0 : column), placed);
    }

    [Theory]
    [MemberData(nameof(ExampleRules))]
    public async Task CompliantExample_FullMode_IsNotFlagged(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id)!;
        var (source, _, _) = RuleHarness.Unmark(rule.Examples!.Compliant);

        var findings = await RuleHarness.FindingsAsync(RuleHarness.Only(rule.Examples.Parameters, id), syntaxOnly: false, ("Example.cs", source));

        Assert.DoesNotContain(findings, f => f.RuleId == id);
    }

    [Theory]
    [MemberData(nameof(ExampleRules))]
    public async Task CompliantExample_SyntaxOnly_IsNotFlagged(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id)!;
        var (source, _, _) = RuleHarness.Unmark(rule.Examples!.Compliant);

        var findings = await RuleHarness.FindingsAsync(RuleHarness.Only(rule.Examples.Parameters, id), syntaxOnly: true, ("Example.cs", source));

        Assert.DoesNotContain(findings, f => f.RuleId == id);
    }
}
