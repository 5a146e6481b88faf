using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class ReportCommandTests
{
    [Theory]
    [InlineData("member")]
    [InlineData("type")]
    [InlineData("file")]
    [InlineData("project")]
    public async Task Report_LatestSnapshot_EqualsTheScansOwnExport(string level)
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", HistoryCommandTests.Sample);
        folder.Write("src/Extra.cs", "namespace Shop; public class Extra { public int A(int x) => x > 0 ? x : -x; }");
        var scanned = Path.Combine(folder.Path, $"scan.{level}.csv");
        var reported = Path.Combine(folder.Path, $"report.{level}.csv");
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--level", level, "--out", scanned);

        var (code, _, _) = await CliRunner.RunAsync(
            "report", "--db", Path.Combine(folder.Path, ".debtradar", "debtradar.db"), "--snapshot", "latest", "--level", level, "--out", reported);

        Assert.Equal(0, code);
        Assert.Equal(await File.ReadAllTextAsync(scanned), await File.ReadAllTextAsync(reported));
    }

    [Fact]
    public async Task Report_IncrementalScanAfterAnEdit_EqualsAScanWithoutCache()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", HistoryCommandTests.Sample);
        folder.Write("src/Extra.cs", "namespace Shop; public class Extra { public int A(int x) => x > 0 ? x : -x; }");
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");
        folder.Write("src/Extra.cs", "namespace Shop; public class Extra { public int A(int x) { if (x > 0) { return x; } return -x; } }");
        var incremental = Path.Combine(folder.Path, "incremental.csv");
        var full = Path.Combine(folder.Path, "full.csv");

        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--out", incremental);
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-cache", "--no-db", "--out", full);

        Assert.Equal(await File.ReadAllTextAsync(full), await File.ReadAllTextAsync(incremental));
    }

    [Fact]
    public async Task Report_UnknownSnapshot_ExitCode2()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", HistoryCommandTests.Sample);
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");

        var (code, _, error) = await CliRunner.RunAsync("report", "--db", Path.Combine(folder.Path, ".debtradar", "debtradar.db"), "--snapshot", "42");

        Assert.Equal(2, code);
        Assert.Contains("no snapshot #42", error, StringComparison.Ordinal);
    }
}
