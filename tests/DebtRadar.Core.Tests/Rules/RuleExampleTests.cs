using DebtRadar.Core.Rules;

namespace DebtRadar.Core.Tests.Rules;

/// <summary>Every rule's own catalog examples: the non-compliant one is flagged at its marked spot, the compliant one is not.</summary>
public sealed class RuleExampleTests
{
    /// <summary>
    /// Rules whose non-compliant example cannot be shown in one file: a project dependency cycle
    /// needs two projects. Its detector is tested on built results (DR1302ProjectCycleTests).
    /// DR1402 needs an imported coverage report; it is tested with one (DR1402CrapScoreTests).
    /// </summary>
    private static readonly string[] AwaitingMetrics = ["DR1302", "DR1402"];

    public static TheoryData<string> ExampleRules() => [.. RuleCatalog.BuiltIn.Rules.Where(r => !AwaitingMetrics.Contains(r.Id)).Select(r => r.Id)];

    public static TheoryData<string> PendingRules() => [.. AwaitingMetrics];

    [Theory(Skip = "a project cycle needs two projects, a CRAP score a coverage report; the examples are documentation only (see AwaitingMetrics)")]
    [MemberData(nameof(PendingRules))]
    public Task NonCompliantExample_AwaitingMetric_IsFlaggedAtMarker(string id) => NonCompliantExample_FullMode_IsFlaggedAtMarker(id);

    [Theory]
    [MemberData(nameof(ExampleRules))]
    public async Task NonCompliantExample_FullMode_IsFlaggedAtMarker(string id)
    {
        var rule = RuleCatalog.BuiltIn.Find(id)!;
        var (source, line, column) = RuleHarness.Unmark(rule.Examples!.NonCompliant);
        var findings = await RuleHarness.FindingsAsync(RuleHarness.Only(rule.Examples.Parameters, id), syntaxOnly: false, ("Example.cs", source));
        if (rule.Scope is RuleScope.Namespace or RuleScope.Project)
        {
            // A namespace or project has no line of its own: the finding names it instead.
            Assert.Contains(findings, f => f.RuleId == id);
            return;
        }

        Assert.True(line > 0, $"{id}: the non-compliant example has no [| |] marker");

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
