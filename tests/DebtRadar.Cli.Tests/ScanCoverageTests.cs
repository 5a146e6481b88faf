using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

/// <summary><c>scan --coverage</c> with the coverlet reports of tests/TestAssets/Coverage, and the health columns.</summary>
public sealed class ScanCoverageTests
{
    private static string Fixture(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, "tests", "TestAssets", "Coverage", .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(string.Join('/', parts));
    }

    private static TempFolder Calculator()
    {
        var folder = new TempFolder();
        folder.Write("Calculator/Pricing.cs", File.ReadAllText(Fixture("Calculator", "Pricing.cs")));
        return folder;
    }

    [Theory]
    [InlineData("coverage.cobertura.xml")]
    [InlineData("coverage.opencover.xml")]
    public async Task Scan_CoverageReport_MemberCsvHasLineCoverageAndCrap(string report)
    {
        using var folder = Calculator();
        var csv = Path.Combine(folder.Path, "members.csv");

        var (code, _, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-db", "--coverage", Fixture("reports", report), "--out", csv);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(csv);
        Assert.EndsWith(",coupling,line_coverage,crap", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",1,2", Assert.Single(lines, l => l.Contains("Discount(int)", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",0,56", Assert.Single(lines, l => l.Contains("Grade(int)", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_CoverageInConfiguration_SummaryShowsCoverageAndHealth()
    {
        using var folder = Calculator();
        folder.Write("reports/coverage.cobertura.xml", File.ReadAllText(Fixture("reports", "coverage.cobertura.xml")));
        folder.Write("debtradar.json", """{ "coverage": ["reports/*.cobertura.xml"] }""");

        var (code, output, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-db", "--no-history");

        Assert.True(code == 0, error);
        Assert.Contains("Coverage: 47.6% of coverable lines · 1 of 1 report files joined (1 reports) · 1 members above the CRAP threshold", output, StringComparison.Ordinal);
        Assert.Contains("Health: ", output, StringComparison.Ordinal);
        Assert.Contains("Duplication: 0.0% of lines", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MissingCoverageFile_UsageError()
    {
        using var folder = Calculator();

        var (code, _, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-db", "--coverage", Path.Combine(folder.Path, "nope.xml"));

        Assert.Equal(2, code);
        Assert.Contains("nope.xml: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_FileCsv_HasHealthAndItsFactors()
    {
        using var folder = Calculator();
        var csv = Path.Combine(folder.Path, "files.csv");

        var (code, _, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-db", "--coverage", Fixture("reports", "coverage.cobertura.xml"), "--out", csv, "--level", "file");

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(csv);
        Assert.EndsWith(",mi_min,mi_avg,health,health_factors", lines[0], StringComparison.Ordinal);
        Assert.Contains("low-coverage -0.79 (48% line coverage)", lines[1], StringComparison.Ordinal);
    }
}
