using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class PruneCommandTests
{
    [Fact]
    public async Task Prune_KeepOne_LeavesTheNewestSnapshot()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", HistoryCommandTests.Sample);
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");
        folder.Write("src/Orders.cs", HistoryCommandTests.Sample.Replace("b > 0", "b > 1", StringComparison.Ordinal));
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");
        var db = Path.Combine(folder.Path, ".debtradar", "debtradar.db");

        var (code, output, _) = await CliRunner.RunAsync("prune", "--db", db, "--keep", "1");
        var (_, trend, _) = await CliRunner.RunAsync("trend", "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("removed 1 snapshot(s) and 1 stored file result(s); 1 snapshot(s) kept", output, StringComparison.Ordinal);
        Assert.StartsWith("2,", trend.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prune_NoCriterion_ExitCode2()
    {
        var (code, _, error) = await CliRunner.RunAsync("prune", "--db", "/nonexistent/x.db");

        Assert.Equal(2, code);
        Assert.Contains("--keep", error, StringComparison.Ordinal);
    }
}
