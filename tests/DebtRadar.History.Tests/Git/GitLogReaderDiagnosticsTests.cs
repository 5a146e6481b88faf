using System.Text;
using DebtRadar.Core.Model;
using DebtRadar.History.Git;
using DebtRadar.History.Model;
using DebtRadar.History.Tests.Support;

namespace DebtRadar.History.Tests.Git;

public sealed class GitLogReaderDiagnosticsTests
{
    [Fact]
    public async Task ReadAsync_NotARepository_OneWarningNoFiles()
    {
        var folder = Directory.CreateTempSubdirectory("debtradar-norepo-");
        try
        {
            var result = await new GitLogReader().ReadAsync(new HistoryRequest(folder.FullName), CancellationToken.None);

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("history.not-a-repository", diagnostic.Code);
            Assert.Empty(result.Files);
            Assert.Null(result.Head);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ReadAsync_NoCommits_ReportsEmptyHistory()
    {
        using var repo = new TempGitRepository();

        var result = await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root), CancellationToken.None);

        Assert.Equal("history.empty", Assert.Single(result.Diagnostics).Code);
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task ReadAsync_GitMissing_ReportsIt()
    {
        var reader = new GitLogReader(new GitProcessRunner("git-that-does-not-exist-debtradar"));

        var result = await reader.ReadAsync(new HistoryRequest(Path.GetTempPath()), CancellationToken.None);

        Assert.Equal("history.git-missing", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task ReadAsync_DetachedHead_ReadsBackFromThatCommit()
    {
        using var repo = new TempGitRepository();
        repo.WriteLines("A.cs", "a", 3);
        var first = repo.Commit("Ann", 0);
        repo.WriteLines("A.cs", "a", 5);
        repo.Commit("Ann", 1);
        repo.Git("checkout", "-q", "--detach", first);

        var result = await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root), CancellationToken.None);

        Assert.Equal("history.detached-head", Assert.Single(result.Diagnostics).Code);
        Assert.Null(result.Head!.Branch);
        Assert.Equal(first, result.Head.Commit);
        Assert.Equal(1, Assert.Single(result.Files).Revisions);
    }

    [Fact]
    public async Task ReadAsync_ShallowClone_WarnsAndCountsWhatIsThere()
    {
        using var origin = new TempGitRepository();
        for (var day = 0; day < 4; day++)
        {
            origin.WriteLines("A.cs", "a", day + 1);
            origin.Commit("Ann", day);
        }

        using var clone = new TempGitRepository();
        clone.Git("fetch", "-q", "--depth", "2", "file://" + origin.Root, "main");
        clone.Git("checkout", "-q", "-B", "main", "FETCH_HEAD");

        var result = await new GitLogReader().ReadAsync(new HistoryRequest(clone.Root), CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("history.shallow", diagnostic.Code);
        Assert.Contains("2024-01-03", diagnostic.Message, StringComparison.Ordinal);
        // The boundary commit shows as a root: its whole file counts as added.
        var file = Assert.Single(result.Files);
        Assert.Equal(2, file.Revisions);
        Assert.Equal(4, file.Added);
    }

    [Fact]
    public async Task ReadAsync_GitFailsMidway_KeepsWhatWasReadAndWarns()
    {
        string b = new('b', 40), c = new('c', 40), a = new('a', 40);
        string Header(string sha, string parent, long time) => $"\u001e{sha}\u001f{parent}\u001fAnn\u001f{time}\0\n";
        var names = Encoding.UTF8.GetBytes(Header(b, c, 1704196800) + "M\0A.cs\0M\0readme.md\0" + Header(c, a, 1704110400) + "M\0A.cs\0");
        // The second commit's numstat is cut short by the failure: it must not count.
        var numstat = Encoding.UTF8.GetBytes(Header(b, c, 1704196800) + "3\t1\tA.cs\0" + Header(c, a, 1704110400) + "7\t");
        var runner = new FakeGitRunner()
            .On(x => FakeGitRunner.Is(x, "rev-parse", "--show-toplevel"), Encoding.UTF8.GetBytes("/repo\nfalse\n"))
            .On(x => FakeGitRunner.Is(x, "log", "-1"), Encoding.UTF8.GetBytes(b + "\u001f1704196800\u001fHEAD -> main\n"))
            .On(x => FakeGitRunner.Is(x, "rev-list", "--date-order"), Encoding.UTF8.GetBytes(b + "\n" + c + "\n"))
            .On(x => x.Contains("--name-status"), names)
            .On(x => x.Contains("--numstat"), numstat, 128, "fatal: missing blob 1234\nmore");

        var result = await new GitLogReader(runner).ReadAsync(new HistoryRequest(Path.GetTempPath()), CancellationToken.None);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("history.git-failed", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Contains("exit code 128 after 1 commits (fatal: missing blob 1234)", diagnostic.Message, StringComparison.Ordinal);
        var file = Assert.Single(result.Files);
        Assert.Equal(("A.cs", 1, 3, 1), (file.Path, file.Revisions, file.Added, file.Deleted));
        Assert.Equal(["A.cs", "readme.md"], Assert.Single(result.ChangeSets).Files.AsEnumerable());
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new GitLogReader().ReadAsync(new HistoryRequest(Path.GetTempPath()), cancellation.Token));
    }
}
