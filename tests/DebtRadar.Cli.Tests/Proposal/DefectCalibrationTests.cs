using DebtRadar.Cli.Proposal;

namespace DebtRadar.Cli.Tests.Proposal;

public sealed class DefectCalibrationTests
{
    /// <summary>6 unhealthy files of 1000 lines with 4 fixes each, 6 healthy ones of 1000 lines with 1 fix each.</summary>
    private static List<DefectSample> Samples(int unhealthyFixes = 4, int healthyFixes = 1) =>
    [
        .. Enumerable.Range(0, 6).Select(i => new DefectSample($"u{i}.cs", 1000, unhealthyFixes + (i % 2), true)),
        .. Enumerable.Range(0, 6).Select(i => new DefectSample($"h{i}.cs", 1000, healthyFixes + (i % 2), false)),
    ];

    [Fact]
    public void Ratio_PooledDensities_AddsHalfAFixToEachGroup()
    {
        var unhealthy = new[] { new DefectSample("a.cs", 2000, 9, true) };
        var healthy = new[] { new DefectSample("b.cs", 1000, 0, false) };

        // (9 + 0.5) / 2 kLOC over (0 + 0.5) / 1 kLOC = 4.75 / 0.5.
        Assert.Equal(9.5, DefectCalibration.Ratio(unhealthy, healthy), 10);
    }

    [Fact]
    public void Calibrate_EnoughData_RangeBracketsThePointEstimate()
    {
        var result = DefectCalibration.Calibrate(Samples(), 30, 20, 5);

        Assert.True(result.Enough);
        // Unhealthy: 27 fixes + 0.5 over 6 kLOC; healthy: 9 + 0.5 over 6 kLOC.
        Assert.Equal(27.5 / 9.5, result.Ratio, 10);
        Assert.True(result.RatioLow <= result.Ratio && result.Ratio <= result.RatioHigh);
        Assert.True(result.RatioLow > 1);
        var (low, high) = result.Reduction;
        Assert.Equal(1 - (1 / result.RatioLow), low, 10);
        Assert.Equal(1 - (1 / result.RatioHigh), high, 10);
    }

    [Fact]
    public void Calibrate_SameSeed_GivesTheSameRange()
    {
        var first = DefectCalibration.Calibrate(Samples(), 30, 20, 5);
        var second = DefectCalibration.Calibrate(Samples(), 30, 20, 5);
        var otherSeed = DefectCalibration.Calibrate(Samples(), 30, 20, 5, seed: 7);

        Assert.Equal(first, second);
        Assert.NotEqual(first.RatioLow, otherSeed.RatioLow);
    }

    [Fact]
    public void Calibrate_TooFewBugFixCommits_SaysSoAndIsNotEnough()
    {
        var result = DefectCalibration.Calibrate(Samples(), 19, 20, 5);

        Assert.False(result.Enough);
        Assert.Equal("19 bug-fix commits in the window, fewer than the 20 needed", result.Reason);
    }

    [Fact]
    public void Calibrate_SmallGroup_IsNotEnough()
    {
        var result = DefectCalibration.Calibrate([.. Samples().Where(s => !s.Unhealthy), new DefectSample("u.cs", 100, 9, true)], 40, 20, 5);

        Assert.False(result.Enough);
        Assert.Equal("1 unhealthy and 6 healthy files; each group needs at least 5", result.Reason);
    }

    [Fact]
    public void Reduction_HealthierUnhealthyGroup_IsNeverNegative()
    {
        var result = DefectCalibration.Calibrate(Samples(unhealthyFixes: 0, healthyFixes: 5), 30, 20, 5);

        Assert.Equal((0.0, 0.0), result.Reduction);
    }

    [Fact]
    public void Percentile_Interpolates_BetweenClosestRanks()
    {
        Assert.Equal(2.5, DefectCalibration.Percentile([1, 2, 3, 4], 0.5), 10);
        Assert.Equal(1.15, DefectCalibration.Percentile([1, 2, 3, 4], 0.05), 10);
    }
}
