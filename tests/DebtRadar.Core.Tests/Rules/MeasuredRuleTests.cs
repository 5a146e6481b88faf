using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Rules.Detectors;

namespace DebtRadar.Core.Tests.Rules;

/// <summary>Detectors whose inputs come from aggregates (types, namespaces, projects), tested on built results.</summary>
public sealed class MeasuredRuleTests
{
    private static ActiveRule Rule(string id) { var d = RuleCatalog.BuiltIn.Find(id)!; return new ActiveRule(d, d.DefaultSeverity, d.Parameters); }

    private static TypeResult Type(int members = 10, int wmc = 5, int coupling = 3, int dit = 1, int lcom4 = 1) =>
        new("P", "A.cs", 3, "N.A", Model.TypeKind.Class, members, wmc, wmc, coupling, dit, null, lcom4, 50, 100);

    private static ScanResult Scan(ImmutableArray<PackageMetrics> namespaces = default, ImmutableArray<ImmutableArray<string>> namespaceCycles = default, ImmutableArray<ImmutableArray<string>> projectCycles = default) =>
        new("t", "/r", [], namespaces.IsDefault ? [] : namespaces, [], namespaceCycles.IsDefault ? [] : namespaceCycles, projectCycles.IsDefault ? [] : projectCycles, [], []);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    public void DR1103TypeLcom4_Lcom4AboveOneWithEnoughMembers_Flags(int lcom4, int expected)
    {
        var hits = new DR1103TypeLcom4().Detect(Type(members: 12, lcom4: lcom4), [], Rule("DR1103"));

        Assert.Equal(expected, hits.Count());
    }

    [Fact]
    public void DR1103TypeLcom4_FewMembers_IsNotFlagged()
    {
        Assert.Empty(new DR1103TypeLcom4().Detect(Type(members: 3, lcom4: 3), [], Rule("DR1103")));
    }

    [Fact]
    public void DR1105GodClass_TightClassCohesion_CountsPairsSharingAField()
    {
        var fragment = new TypeFragment("N.A", "N", Model.TypeKind.Class, 1, 1, 9, false, 1, [], 0, 9, ["a", "b"],
            [new("M1", ["a"], []), new("M2", ["a"], []), new("M3", ["b"], [])]);

        Assert.Equal(1 / 3.0, DR1105GodClass.TightClassCohesion([fragment]), 6);
    }

    [Fact]
    public void DR1301NamespaceCycle_OneCycle_OneFindingOnTheScan()
    {
        var findings = RuleRunner.ForScan(RuleHarness.Only(null, "DR1301"), Scan(namespaceCycles: [["A", "B"]]));

        var finding = Assert.Single(findings);
        Assert.Equal("DR1301", finding.RuleId);
        Assert.Contains("A → B", finding.Message, StringComparison.Ordinal);
        Assert.Equal(60 + (30 * 2), finding.RemediationMinutes); // base + per namespace in the cycle
    }

    [Fact]
    public void DR1302ProjectCycle_NoCycle_NoFinding()
    {
        Assert.Empty(RuleRunner.ForScan(RuleHarness.Only(null, "DR1302"), Scan()));
    }

    [Theory]
    [InlineData(10, 0, 0, 1)] // concrete, stable: zone of pain, D = 1
    [InlineData(10, 5, 5, 0)] // A = 0.5, I = 0.5: on the main sequence
    [InlineData(3, 0, 0, 0)] // too few types to judge
    public void DR1303MainSequenceDistance_ByDistanceAndSize_Flags(int types, int abstractTypes, int efferent, int expected)
    {
        var package = new PackageMetrics("N", types, abstractTypes, Afferent: 5, Efferent: efferent);

        var findings = RuleRunner.ForScan(RuleHarness.Only(null, "DR1303"), Scan(namespaces: [package]));

        Assert.Equal(expected, findings.Length);
    }
}
