using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Gate;

/// <summary>The gate through the real CLI on a scripted git repository (syntax-only scans: semantics do not matter here).</summary>
public sealed class GateEndToEndTests
{
    private static Task<(int ExitCode, string Out, string Error)> Scan(HotspotsTestRepository repository, string db) =>
        CliRunner.RunAsync("scan", repository.Root, "--syntax-only", "--no-history", "--db", db);

    [Fact]
    public async Task Gate_CleanThenDebtAddedThenDebtMoved_ExitCodes0Then1Then0()
    {
        using var repository = new HotspotsTestRepository();
        using var data = new TempFolder();
        var db = Path.Combine(data.Path, "debtradar.db");
        string[] gate = ["gate", "--db", db, "--max-new-findings", "0", "--max-new-debt", "5", "--fail-on-severity", "warning"];

        repository.Write("src/Orders.cs", GateSamples.Clean);
        repository.Commit("ann", 1);
        await Scan(repository, db);
        var clean = await CliRunner.RunAsync([.. gate, "--baseline", "HEAD"]);

        repository.Write("src/Orders.cs", GateSamples.WithDebt);
        repository.Commit("ann", 2);
        await Scan(repository, db);
        var added = await CliRunner.RunAsync([.. gate, "--baseline", "HEAD~1"]);

        repository.Write("src/Orders.cs", GateSamples.DebtMoved);
        repository.Write("src/Helper.cs", GateSamples.MovedHelper);
        repository.Commit("ann", 3);
        await Scan(repository, db);
        var moved = await CliRunner.RunAsync([.. gate, "--baseline", "HEAD~1"]);

        Assert.Equal((0, 1, 0), (clean.ExitCode, added.ExitCode, moved.ExitCode));
        var failures = added.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, failures.Length);
        Assert.All(failures, line => Assert.StartsWith("gate failed: ", line, StringComparison.Ordinal));
        Assert.Contains(failures, line => line.Contains("3 new finding(s) exceed --max-new-findings 0", StringComparison.Ordinal));
        Assert.StartsWith("gate passed: 3 condition(s)", moved.Out, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 fixed", moved.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_BaselineRefNeverScanned_ScansThatCommitAndRecordsIt()
    {
        using var repository = new HotspotsTestRepository();
        using var data = new TempFolder();
        var db = Path.Combine(data.Path, "debtradar.db");
        repository.Write("src/Orders.cs", GateSamples.Clean);
        repository.Commit("ann", 1);
        repository.Write("src/Orders.cs", GateSamples.WithDebt);
        repository.Commit("ann", 2);
        await Scan(repository, db);

        var (code, output, error) = await CliRunner.RunAsync("gate", "--db", db, "--baseline", "main~1", "--max-new-findings", "2");
        var history = await CliRunner.RunAsync("history", "--db", db);

        Assert.Equal(1, code);
        Assert.Contains("3 new finding(s) exceed --max-new-findings 2", output, StringComparison.Ordinal);
        Assert.Contains("scanning it", error, StringComparison.Ordinal);
        Assert.Contains("recorded the baseline as snapshot #2", error, StringComparison.Ordinal);
        Assert.Contains("│ 2 ", history.Out, StringComparison.Ordinal);
        var worktrees = Path.Combine(repository.Root, ".git", "worktrees");
        Assert.False(Directory.Exists(worktrees) && Directory.EnumerateFileSystemEntries(worktrees).Any(), "the temporary worktree was left behind");
    }

    [Fact]
    public async Task Gate_UncommittedDebtAgainstHead_FailsAgainstTheCleanCommit()
    {
        using var repository = new HotspotsTestRepository();
        using var data = new TempFolder();
        var db = Path.Combine(data.Path, "debtradar.db");
        repository.Write("src/Orders.cs", GateSamples.Clean);
        repository.Commit("ann", 1);
        await Scan(repository, db);
        repository.Write("src/Orders.cs", GateSamples.WithDebt);
        await Scan(repository, db);

        var (code, output, _) = await CliRunner.RunAsync("gate", "--db", db, "--baseline", "HEAD", "--max-new-findings", "0");

        Assert.Equal(1, code);
        Assert.Contains("3 new finding(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_ConditionsFromDebtradarJson_AppliedAndOverriddenByOptions()
    {
        using var repository = new HotspotsTestRepository();
        using var data = new TempFolder();
        var db = Path.Combine(data.Path, "debtradar.db");
        repository.Write("debtradar.json", """{ "gate": { "baseline": "HEAD~1", "maxNewFindings": 0, "minRating": "B" } }""");
        repository.Write("src/Orders.cs", GateSamples.Clean);
        repository.Commit("ann", 1);
        await Scan(repository, db);
        repository.Write("src/Orders.cs", GateSamples.WithDebt);
        repository.Commit("ann", 2);
        await Scan(repository, db);

        var fromFile = await CliRunner.RunAsync("gate", "--db", db);
        var overridden = await CliRunner.RunAsync("gate", "--db", db, "--max-new-findings", "3");

        Assert.Equal(1, fromFile.ExitCode);
        Assert.Contains("gate failed: max-new-findings", fromFile.Out, StringComparison.Ordinal);
        Assert.Equal(0, overridden.ExitCode);
        Assert.StartsWith("gate passed: 2 condition(s)", overridden.Out, StringComparison.Ordinal);
    }

    [Fact]
    // Measured with `scan --syntax-only --level member`: Route cc 3 alone; with Legacy (1) and Fire (1) the total is 5.
    public async Task Gate_RatingAndComplexityConditions_EachFailsOnItsOwnLine()
    {
        using var repository = new HotspotsTestRepository();
        using var data = new TempFolder();
        var db = Path.Combine(data.Path, "debtradar.db");
        repository.Write("src/Orders.cs", GateSamples.Clean);
        repository.Commit("ann", 1);
        await Scan(repository, db);
        repository.Write("src/Orders.cs", GateSamples.WithDebt);
        repository.Commit("ann", 2);
        await Scan(repository, db);

        var (code, output, _) = await CliRunner.RunAsync("gate", "--db", db, "--max-cc-increase", "0", "--min-rating", "A");

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("gate failed: min-rating: rating B is worse than --min-rating A", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("gate failed: max-cc-increase: cyclomatic total 3 → 5 (+2)", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-ref")]
    [InlineData("--upload-pack=x")]
    [InlineData("99")]
    public async Task Gate_UnknownBaseline_ExitCode2(string baseline)
    {
        using var repository = new HotspotsTestRepository();
        using var data = new TempFolder();
        var db = Path.Combine(data.Path, "debtradar.db");
        repository.Write("src/Orders.cs", GateSamples.Clean);
        repository.Commit("ann", 1);
        await Scan(repository, db);

        var (code, _, error) = await CliRunner.RunAsync("gate", "--db", db, $"--baseline={baseline}", "--max-new-findings", "0");

        Assert.Equal(2, code);
        Assert.Contains("debtradar: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_NoSnapshot_ExitCode2()
    {
        using var data = new TempFolder();

        var (code, _, error) = await CliRunner.RunAsync("gate", "--db", Path.Combine(data.Path, "none.db"), "--max-new-findings", "0");

        Assert.Equal(2, code);
        Assert.Contains("run 'debtradar scan' first", error, StringComparison.Ordinal);
    }
}
