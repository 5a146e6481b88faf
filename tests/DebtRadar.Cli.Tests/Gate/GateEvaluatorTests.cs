using System.Collections.Immutable;
using DebtRadar.Cli.Gate;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Comparison;

namespace DebtRadar.Cli.Tests.Gate;

public sealed class GateEvaluatorTests
{
    private static Finding F(string fingerprint, FindingSeverity severity = FindingSeverity.Warning, double minutes = 10) =>
        new("DR1001", severity, "complexity", "src/A.cs", 3, 1, "A", fingerprint, "m", minutes, fingerprint);

    private static ChangeSummary Summary(ImmutableArray<Finding> added, DebtRating rating = DebtRating.A, int ccBefore = 10, int ccAfter = 10) => new(
        new SideSummary(new SnapshotLabel(2, null), rating, 0, added.Length, ccAfter),
        new SideSummary(new SnapshotLabel(1, null), DebtRating.A, 0, 0, ccBefore),
        new FindingDiff(added, [], 0, 0),
        []);

    [Fact]
    public void Evaluate_NoCondition_NoCheck() =>
        Assert.Empty(GateEvaluator.Evaluate(Summary([F("a")]), GateConditions.None));

    [Theory]
    [InlineData(20, true)]
    [InlineData(19.9, false)]
    public void Evaluate_MaxNewDebt_ComparesTheNewFindingsMinutes(double limit, bool passes)
    {
        var check = Assert.Single(GateEvaluator.Evaluate(Summary([F("a", minutes: 12), F("b", minutes: 8)]), new GateConditions(MaxNewDebtMinutes: limit)));

        Assert.Equal(passes, check.Passed);
        Assert.Equal("max-new-debt", check.Condition);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(1, false)]
    public void Evaluate_MaxNewFindings_CountsNewOnes(int limit, bool passes) =>
        Assert.Equal(passes, Assert.Single(GateEvaluator.Evaluate(Summary([F("a"), F("b")]), new GateConditions(MaxNewFindings: limit))).Passed);

    [Theory]
    [InlineData(DebtRating.B, DebtRating.B, true)]
    [InlineData(DebtRating.C, DebtRating.B, false)]
    [InlineData(DebtRating.A, DebtRating.E, true)]
    public void Evaluate_MinRating_FailsOnlyWhenWorse(DebtRating actual, DebtRating minimum, bool passes) =>
        Assert.Equal(passes, Assert.Single(GateEvaluator.Evaluate(Summary([], actual), new GateConditions(MinRating: minimum))).Passed);

    [Theory]
    [InlineData(15, 5, true)]
    [InlineData(16, 5, false)]
    [InlineData(3, 0, true)]
    public void Evaluate_MaxCcIncrease_ComparesTotals(int after, int limit, bool passes) =>
        Assert.Equal(passes, Assert.Single(GateEvaluator.Evaluate(Summary([], ccBefore: 10, ccAfter: after), new GateConditions(MaxCcIncrease: limit))).Passed);

    [Fact]
    public void Evaluate_FailOnSeverity_OnlyNewFindingsAtOrAboveIt()
    {
        var conditions = new GateConditions(FailOnSeverity: FindingSeverity.Error);

        Assert.True(Assert.Single(GateEvaluator.Evaluate(Summary([F("a", FindingSeverity.Warning)]), conditions)).Passed);
        var failed = Assert.Single(GateEvaluator.Evaluate(Summary([F("a", FindingSeverity.Warning), F("b", FindingSeverity.Error)]), conditions));
        Assert.False(failed.Passed);
        Assert.Contains("1 new finding(s) of severity error", failed.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void OverriddenBy_OptionsReplaceOnlyWhatTheySet()
    {
        var file = new GateConditions(MaxNewFindings: 0, MinRating: DebtRating.B);

        var merged = file.OverriddenBy(new GateConditions(MaxNewFindings: 4));

        Assert.Equal(new GateConditions(MaxNewFindings: 4, MinRating: DebtRating.B), merged);
    }
}
