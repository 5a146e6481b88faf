using DebtRadar.Cli.Proposal;
using DebtRadar.Core.Debt;

namespace DebtRadar.Cli.Tests.Proposal;

public sealed class EffectAndInterestTests
{
    [Fact]
    public void Defects_WorstBand_IsFifteenTimesTheDefectsOfHealthyCode()
    {
        var range = EffectPriors.Defects(1, "rating E");

        // 1 − 1/15 at the band; the band below (0.75) has 1 + 0.75 × 14 = 11.5 times.
        Assert.Equal(1 - (1 / 15.0), range.High, 10);
        Assert.Equal(1 - (1 / 11.5), range.Low, 10);
        Assert.Contains(range.Sources, s => s.Contains("Code Red", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_HalfTheWorstBand_UsesTheCostModelsPenalties()
    {
        var range = EffectPriors.Time(0.5, "test", new CostModel());

        // Excess 0.62 and 4 over the healthy time: 0.62/1.62 and 4/5 saved.
        Assert.Equal(0.62 / 1.62, range.Low, 10);
        Assert.Equal(0.8, range.High, 10);
    }

    [Fact]
    public void Hours_ChangesToUnhealthyMembers_PayThePenaltyOthersDoNot()
    {
        MemberChange[] members =
        [
            new("a.cs", "A", "Big()", true, 6),
            new("a.cs", "A", "Small()", false, 30),
        ];

        var range = MemberInterest.Hours(members, 2, new CostModel());

        // 6 changes in 2 years = 3 a year × 60 minutes × 1.24 (or 8) / 60.
        Assert.Equal(3 * 1.24, range.Low, 10);
        Assert.Equal(3 * 8.0, range.High, 10);
        Assert.Equal(6 / 36.0, MemberInterest.ChangeWeightedHealth(members)!.Value, 10);
    }

    [Fact]
    public void Hours_HealthyMemberOfARatedFile_PaysTheFilesRatingShare()
    {
        MemberChange[] members = [new("a.cs", "A", "Small()", false, 4, FileHealth: 0.5)];

        var range = MemberInterest.Hours(members, 1, new CostModel());

        // 4 changes × 0.5 of the penalty × 60 minutes × 1.24 (or 8) / 60.
        Assert.Equal(2 * 1.24, range.Low, 10);
        Assert.Equal(16, range.High, 10);
        Assert.Equal(0.5, MemberInterest.ChangeWeightedHealth(members)!.Value, 10);
    }

    [Fact]
    public void ChangeWeightedHealth_NoChange_IsUnknown()
    {
        Assert.Null(MemberInterest.ChangeWeightedHealth([new MemberChange("a.cs", "A", "Big()", true, 0)]));
    }
}
