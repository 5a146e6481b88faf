using System.Runtime.CompilerServices;
using DebtRadar.Core.Coverage;
using DebtRadar.Core.Health;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Rules;
using DebtRadar.Core.Tests.Support;

namespace DebtRadar.Core.Tests.Coverage;

/// <summary>The coverlet reports of the fixture joined to a scan of its source, through the real engine.</summary>
public sealed class CoverageJoinTests
{
    private static async Task<ScanResult> ScanWithAsync(string report, RuleSet? rules = null)
    {
        using var stream = CoverageFixture.Report(report);
        var read = CoverageReader.Read(stream);
        Assert.Null(read.Error);
        var project = TestProjects.Full("Calculator", (CoverageFixture.PricingPath, CoverageFixture.PricingSource));
        var options = new ScanOptions(1, null, "config", "test")
        {
            Rules = rules ?? RuleSet.None,
            Coverage = new CoverageInput(read.Report, [report]),
        };
        return await ScanEngine.ScanAsync(new Source(project), "test", options, null, TimeProvider.System, CancellationToken.None);
    }

    private static MemberMetrics Member(ScanResult scan, string name) =>
        scan.Projects.Single().Files.Single().Members.Single(m => m.Name == name).Metrics;

    [Theory]
    [InlineData("coverage.cobertura.xml")]
    [InlineData("coverage.opencover.xml")]
    public async Task Join_CoverletReport_LineAndBranchCoveragePerMember(string report)
    {
        var scan = await ScanWithAsync(report);

        var discount = Member(scan, "Discount(int)");
        Assert.Equal(1.0, discount.LineCoverage);
        Assert.Equal(1.0, discount.BranchCoverage);
        Assert.Equal(2.0, discount.Crap);

        var clamp = Member(scan, "Clamp(int)");
        Assert.Equal(0.6667, clamp.LineCoverage);
        Assert.Equal(0.5, clamp.BranchCoverage);

        var grade = Member(scan, "Grade(int)");
        Assert.Equal(0.0, grade.LineCoverage);
        Assert.Equal(0.0, grade.BranchCoverage);
        Assert.Equal(7, grade.Cyclomatic);
        Assert.Equal(56.0, grade.Crap);
    }

    [Fact]
    public async Task Join_CoberturaReport_RecordsTheSummaryWithTheScan()
    {
        var scan = await ScanWithAsync("coverage.cobertura.xml");

        var summary = Assert.IsType<CoverageSummary>(scan.Coverage);
        Assert.Equal(1, summary.FilesInReports);
        Assert.Equal(1, summary.FilesJoined);
        Assert.Equal(10.0 / 21, summary.LineCoverage!.Value, 4);
    }

    [Fact]
    public async Task Join_WithCoverage_LowCoverageLowersHealth()
    {
        var scan = await ScanWithAsync("coverage.cobertura.xml");

        var file = scan.Projects.Single().Files.Single();
        Assert.Contains(file.HealthFactors, f => f.Factor == "low-coverage");
        Assert.True(file.Health < 10);
    }

    [Fact]
    public async Task DR1402_MemberAboveCrapThreshold_IsFlaggedWithItsNameAndLine()
    {
        var scan = await ScanWithAsync("coverage.cobertura.xml", RuleHarness.Only(null, "DR1402"));

        var finding = Assert.Single(scan.Findings, f => f.RuleId == "DR1402");
        Assert.Equal("Grade(int)", finding.Member);
        Assert.Equal("Calculator.Pricing", finding.Type);
        Assert.Equal(28, finding.Line);
        Assert.Contains("CRAP score 56", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_WithoutCoverage_MembersKeepNullCoverage()
    {
        var project = TestProjects.Full("Calculator", (CoverageFixture.PricingPath, CoverageFixture.PricingSource));
        var scan = await TestProjects.ScanAsync([project]);

        Assert.All(scan.Projects.Single().Files.Single().Members, m => Assert.Null(m.Metrics.Crap));
        Assert.Null(scan.Coverage);
    }

    [Fact]
    public void Read_NeitherFormat_IsAnErrorValue()
    {
        var result = CoverageReader.Read(new StringReader("<report/>"));

        Assert.NotNull(result.Error);
        Assert.Empty(result.Report.Files);
    }

    [Fact]
    public void Read_NotXml_IsAnErrorValue()
    {
        var result = CoverageReader.Read(new StringReader("coverage?"));

        Assert.StartsWith("not valid XML", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 0.0, 110.0)]
    [InlineData(10, 1.0, 10.0)]
    [InlineData(5, 0.5, 8.125)]
    public void Crap_Crap4jFormula(int cc, double coverage, double expected) => Assert.Equal(expected, Crap.Compute(cc, coverage), 6);

    private sealed class Source(ProjectInput project) : IProjectSource
    {
        public string RepositoryRoot => "/home/someone/DebtRadar";

        public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return project;
        }
    }
}
