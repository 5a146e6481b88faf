using System.Diagnostics;
using DebtRadar.Cli.Storage;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class BackfillCommandTests
{
    [Fact]
    public async Task Backfill_ThreeCommits_RecordsEachDatedByItsCommitAndRemovesWorktrees()
    {
        using var folder = new TempFolder();
        var repo = Path.Combine(folder.Path, "repo");
        Directory.CreateDirectory(repo);
        Git(repo, "init", "--quiet", "-b", "main");
        var dates = new[] { "2025-01-10T10:00:00+00:00", "2025-02-10T10:00:00+00:00", "2025-03-10T10:00:00+00:00" };
        for (var i = 0; i < dates.Length; i++)
        {
            File.WriteAllText(Path.Combine(repo, $"File{i}.cs"), $"namespace Shop; public class C{i} {{ public int M(int x) => x > {i} ? x : -x; }}");
            Git(repo, "add", ".");
            Git(repo, ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", $"c{i}", "--date", dates[i]], env: ("GIT_COMMITTER_DATE", dates[i]));
        }

        var db = Path.Combine(folder.Path, "history.db");
        var (code, output, error) = await CliRunner.RunAsync("backfill", repo, "--commits", "3", "--syntax-only", "--db", db);
        var (again, againOut, againError) = await CliRunner.RunAsync("backfill", repo, "--commits", "3", "--syntax-only", "--db", db);
        var (_, trend, _) = await CliRunner.RunAsync("trend", "--db", db);

        Assert.True(code == 0, error);
        Assert.Contains("recorded 3 snapshot(s)", output, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("recorded 0 snapshot(s)", againOut, StringComparison.Ordinal);
        Assert.Equal(3, againError.Split('\n').Count(l => l.EndsWith("already recorded, skipped", StringComparison.Ordinal)));
        var rows = trend.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(["2025-01-10T10:00:00+00:00", "2025-02-10T10:00:00+00:00", "2025-03-10T10:00:00+00:00"], rows.Select(r => r[1]));
        Assert.Equal(["1", "2", "3"], rows.Select(r => r[4]));
        Assert.Equal(repo, GitState.Run(repo, "worktree", "list", "--porcelain")!.Split('\n')[0]["worktree ".Length..]);
    }

    private static void Git(string folder, params string[] args) => Git(folder, args, env: null);

    private static void Git(string folder, string[] args, (string Name, string Value)? env)
    {
        var info = new ProcessStartInfo("git") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-C");
        info.ArgumentList.Add(folder);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (env is { } e)
        {
            info.Environment[e.Name] = e.Value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
