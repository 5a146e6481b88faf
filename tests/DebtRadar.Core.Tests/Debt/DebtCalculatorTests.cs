using System.Collections.Immutable;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Tests.Debt;

public sealed class DebtCalculatorTests
{
    private static Finding Finding(string path, string? type, string? member, double minutes) =>
        new("DR3001", FindingSeverity.Warning, "exceptions", path, 1, 1, type, member, "m", minutes, "fp");

    private static MemberResult Member(string type, string name, int lines) =>
        new(type, name, MemberKind.Method, 1, 1, lines, new MemberMetrics(1, 0, lines, 1, lines, 0, 0, 0, new HalsteadMetrics(0, 0, 0, 0), 100, 0));

    private static ScanResult Scan(int nloc, params Finding[] findings)
    {
        var file = new FileResult("a/A.cs", "h", AnalysisMode.Full, nloc, nloc, nloc, [], [Member("N.A", "M()", 10)], []) { Findings = [.. findings] };
        var type = new TypeResult("P", "a/A.cs", 1, "N.A", Model.TypeKind.Class, 1, 1, 1, 0, 1, null, 1, 100, nloc);
        var project = new ProjectResult("P", "P.csproj", null, AnalysisMode.Full, [], [file], [type], []) { Findings = [Finding("a/A.cs", "N.A", null, 60)] };
        return new ScanResult("t", "/r", [project], [], [], [], [], [], []);
    }

    [Theory]
    [InlineData(100, 150, DebtRating.A)] // 150 / (30 × 100) = 5 %: still A
    [InlineData(100, 151, DebtRating.B)]
    [InlineData(100, 600, DebtRating.C)]
    [InlineData(100, 1500, DebtRating.D)]
    [InlineData(100, 1501, DebtRating.E)]
    public void Compute_RatioAtBandEdges_RatesLikeSonarQube(int nloc, double minutes, DebtRating expected)
    {
        var scan = new ScanResult("t", "/r",
            [new ProjectResult("P", "", null, AnalysisMode.Full, [], [new FileResult("A.cs", "h", AnalysisMode.Full, nloc, nloc, nloc, [], [], []) { Findings = [Finding("A.cs", null, null, minutes)] }], [], [])],
            [], [], [], [], [], []);

        var report = DebtCalculator.Compute(scan, new CostModel());

        Assert.Equal(expected, report.Solution.Rating);
        Assert.Equal(minutes / 3000, report.Solution.Ratio, 9);
    }

    [Fact]
    public void Compute_FindingsAtEveryLevel_SumUpward()
    {
        var report = DebtCalculator.Compute(Scan(200, Finding("a/A.cs", "N.A", "M()", 10), Finding("a/A.cs", "N.A", "M()", 5), Finding("a/A.cs", null, null, 15)), new CostModel());

        Assert.Equal(15, Assert.Single(report.Members).RemediationMinutes);
        Assert.Equal(75, Assert.Single(report.Types).RemediationMinutes); // member findings + the type finding
        Assert.Equal(90, Assert.Single(report.Files).RemediationMinutes);
        Assert.Equal(90, Assert.Single(report.Projects).RemediationMinutes);
        Assert.Equal(90, report.Solution.RemediationMinutes);
    }

    [Fact]
    public void Compute_CostPerLineConfigured_ChangesRatio()
    {
        var cheap = DebtCalculator.Compute(Scan(100, Finding("a/A.cs", null, null, 300)), new CostModel { MinutesPerLine = 10 });
        var dear = DebtCalculator.Compute(Scan(100, Finding("a/A.cs", null, null, 300)), new CostModel());

        Assert.Equal(3 * dear.Solution.Ratio, cheap.Solution.Ratio, 9);
    }

    [Fact]
    public void Compute_HistoryGiven_InterestFromHistoryAndNamedSources()
    {
        var history = new Dictionary<string, ChangeFrequency> { ["a/A.cs"] = new(24, 2) };

        var report = DebtCalculator.Compute(Scan(10, Finding("a/A.cs", null, null, 600)), new CostModel(), history);

        var file = Assert.Single(report.Files);
        Assert.Equal(DebtRating.E, file.Rating);
        Assert.Equal(12 * 60 * 1.24, file.InterestMinutesPerYear!.Low, 6);
        Assert.Equal(12 * 60 * 8.0, file.InterestMinutesPerYear.High, 6);
        Assert.Contains(file.InterestMinutesPerYear.Sources, s => s.Contains("git history (24 commits", StringComparison.Ordinal));
        Assert.Contains(file.InterestMinutesPerYear.Sources, s => s.Contains("Code Red", StringComparison.Ordinal));
        Assert.Equal(660 / (12 * 60 * 8.0), file.BreakingPointYears!.Low, 6);
    }

    [Fact]
    public void Compute_NoHistory_UsesPriorRange()
    {
        var report = DebtCalculator.Compute(Scan(10, Finding("a/A.cs", null, null, 600)), new CostModel());

        var file = Assert.Single(report.Files);
        Assert.Equal(1 * 60 * 1.24, file.InterestMinutesPerYear!.Low, 6);
        Assert.Equal(12 * 60 * 8.0, file.InterestMinutesPerYear.High, 6);
        Assert.Contains(file.InterestMinutesPerYear.Sources, s => s.Contains("prior, no history", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_HealthyFile_NoInterestAndNoBreakingPoint()
    {
        var report = DebtCalculator.Compute(Scan(1000, Finding("a/A.cs", null, null, 5)), new CostModel());

        var file = Assert.Single(report.Files);
        Assert.Equal(DebtRating.A, file.Rating);
        Assert.Equal(0, file.InterestMinutesPerYear!.High);
        Assert.Null(file.BreakingPointYears);
    }
}
