using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class HistoryCommandTests
{
    internal const string Sample = """
        namespace Shop;

        public class Orders
        {
            public int Route(int a, int b)
            {
                if (a > b && b > 0) { return a; }
                for (var i = 0; i < b; i++) { a += i; }
                return a;
            }
        }
        """;

    [Fact]
    public async Task History_AfterTwoScans_ListsTwoSnapshotsAndTheSecondScanShowsDeltas()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", Sample);
        var (first, firstOut, _) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");
        folder.Write("src/Extra.cs", "namespace Shop; public class Extra { public int A(int x) => x > 0 ? x : -x; }");
        var (second, secondOut, _) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");

        var (code, output, _) = await CliRunner.RunAsync("history", "--db", Path.Combine(folder.Path, ".debtradar", "debtradar.db"));

        Assert.Equal((0, 0, 0), (first, second, code));
        Assert.Contains("Recorded snapshot #1 (the first of this target)", firstOut, StringComparison.Ordinal);
        Assert.Contains("Recorded snapshot #2; since #1", secondOut, StringComparison.Ordinal);
        Assert.Contains("members +1", secondOut, StringComparison.Ordinal);
        Assert.Matches(@"│ 1\s+│", output);
        Assert.Matches(@"│ 2\s+│", output);
    }

    [Fact]
    public async Task Scan_NoDb_RecordsNothing()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", Sample);

        var (code, output, _) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-db");

        Assert.Equal(0, code);
        Assert.DoesNotContain("Recorded snapshot", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, ".debtradar")));
    }

    [Fact]
    public async Task Scan_NoDbInAGitRepository_WritesNoHistoryCache()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", Sample);
        var author = new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = "Ann", ["GIT_AUTHOR_EMAIL"] = "ann@example.com",
            ["GIT_COMMITTER_NAME"] = "Ann", ["GIT_COMMITTER_EMAIL"] = "ann@example.com",
        };
        TestGit.Run(folder.Path, author, "init", "-q");
        TestGit.Run(folder.Path, author, "add", ".");
        TestGit.Run(folder.Path, author, "commit", "-q", "-m", "orders");

        // Console output, so the scan reads the history for its interest estimate (before, that wrote the history cache).
        var (code, output, _) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-db");

        Assert.Equal(0, code);
        Assert.DoesNotContain("Recorded snapshot", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, ".debtradar")));
    }

    [Fact]
    public async Task History_ForeignFile_ExitCode2AndFileUntouched()
    {
        using var folder = new TempFolder();
        var db = folder.Write("mine.db", "my own notes");

        var (code, _, error) = await CliRunner.RunAsync("history", "--db", db);

        Assert.Equal(2, code);
        Assert.Contains("not a DebtRadar database", error, StringComparison.Ordinal);
        Assert.Equal("my own notes", await File.ReadAllTextAsync(db));
    }

    [Fact]
    public async Task Scan_IntoAForeignDb_FailsBeforeScanningWithExitCode2()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", Sample);
        var db = folder.Write("mine.db", "my own notes");

        var (code, output, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--db", db);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("not a DebtRadar database", error, StringComparison.Ordinal);
        Assert.Equal("my own notes", await File.ReadAllTextAsync(db));
    }
}
