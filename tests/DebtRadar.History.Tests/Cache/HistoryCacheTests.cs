using DebtRadar.History.Cache;
using DebtRadar.History.Model;
using DebtRadar.History.Tests.Support;

namespace DebtRadar.History.Tests.Cache;

public sealed class HistoryCacheTests
{
    private static readonly WhenExpression AllHistory = Parse("2000-01-01");

    [Fact]
    public async Task ReadAsync_SecondRead_ReadsNoCommitAgainAndGivesTheSameResult()
    {
        using var repo = SampleHistory.Create();
        var cache = CacheIn(repo);
        var cold = new RecordingGitRunner();
        var warm = new RecordingGitRunner();

        var first = await Read(repo, cold, cache);
        var second = await Read(repo, warm, cache);

        Assert.Equal(8, cold.NumstatCommits.Count);
        Assert.Equal(0, warm.Processes("--numstat") + warm.Processes("--name-status"));
        Assert.True(File.Exists(cache));
        Assert.Equal(Render(first), Render(second));
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public async Task ReadAsync_NewCommitAfterCachedRead_ReadsOnlyTheNewCommit()
    {
        using var repo = SampleHistory.Create();
        var cache = CacheIn(repo);
        await Read(repo, new RecordingGitRunner(), cache);
        repo.WriteLines("A.cs", "a", 20);
        var added = repo.Commit("Dee", 8);
        var runner = new RecordingGitRunner();

        var result = await Read(repo, runner, cache);

        Assert.Equal([added], runner.NumstatCommits);
        Assert.Equal(5, Assert.Single(result.Files, f => f.Path == "A.cs").Revisions);
        Assert.Equal(Render(await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root, AllHistory), CancellationToken.None)), Render(result));
    }

    [Fact]
    public async Task ReadAsync_HeadResetToOlderCommit_CountsOnlyWhatIsReachable()
    {
        using var repo = SampleHistory.Create();
        var cache = CacheIn(repo);
        await Read(repo, new RecordingGitRunner(), cache);
        repo.Git("reset", "-q", "--hard", "HEAD~2");
        var runner = new RecordingGitRunner();

        var result = await Read(repo, runner, cache);

        Assert.Empty(runner.NumstatCommits);
        Assert.Equal(3, Assert.Single(result.Files, f => f.Path == "A.cs").Revisions);
        Assert.DoesNotContain(result.Files, f => f.Path == SampleHistory.Unicode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cache at all")]
    [InlineData("DRHISTC\n\u0001\0\0\0")]
    public async Task ReadAsync_CorruptOrForeignCache_IgnoredWithNoteAndRebuilt(string content)
    {
        using var repo = SampleHistory.Create();
        var cache = CacheIn(repo);
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        File.WriteAllText(cache, content);
        var runner = new RecordingGitRunner();

        var result = await Read(repo, runner, cache);

        Assert.Equal("history.cache-ignored", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(8, runner.NumstatCommits.Count);
        Assert.Equal(Render(await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root, AllHistory), CancellationToken.None)), Render(result));
        Assert.Empty((await Read(repo, new RecordingGitRunner(), cache)).Diagnostics);
    }

    [Fact]
    public async Task ReadAsync_TruncatedCache_IgnoredWithNote()
    {
        using var repo = SampleHistory.Create();
        var cache = CacheIn(repo);
        var expected = Render(await Read(repo, new RecordingGitRunner(), cache));
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, bytes[..(bytes.Length / 2)]);

        var result = await Read(repo, new RecordingGitRunner(), cache);

        Assert.Equal("history.cache-ignored", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(expected, Render(result));
    }

    [Fact]
    public async Task ReadAsync_CacheCannotBeWritten_NoteAndSameResult()
    {
        using var repo = SampleHistory.Create();
        // A folder where the file should be: neither readable as a cache nor replaceable.
        var cache = CacheIn(repo);
        Directory.CreateDirectory(cache);

        var result = await Read(repo, new RecordingGitRunner(), cache);

        Assert.Contains(result.Diagnostics, d => d.Code == "history.cache-not-written");
        Assert.Equal(Render(await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root, AllHistory), CancellationToken.None)), Render(result));
    }

    [Fact]
    public async Task ReadAsync_MailmapChanged_CacheRebuiltWithNewNames()
    {
        using var repo = SampleHistory.Create();
        var cache = CacheIn(repo);
        await Read(repo, new RecordingGitRunner(), cache);
        repo.Write(".mailmap", "Bob <bob@example.com> Bobby <bobby@example.com>\nAnn Lee <ann@example.com>\n");

        var result = await Read(repo, new RecordingGitRunner(), cache);

        Assert.Contains(".mailmap changed", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal("Ann Lee", Assert.Single(result.Files, f => f.Path == "A.cs").MainAuthor);
    }

    [Fact]
    public async Task ReadAsync_WindowOfCachedHistory_SameAsWithoutCache()
    {
        using var repo = SampleHistory.Create();
        var cache = CacheIn(repo);
        await Read(repo, new RecordingGitRunner(), cache);
        var since = Parse("2024-01-04");

        var cached = await new GitLogReader(new RecordingGitRunner(), _ => cache).ReadAsync(new HistoryRequest(repo.Root, since), CancellationToken.None);
        var uncached = await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root, since), CancellationToken.None);

        Assert.Equal(Render(uncached), Render(cached));
        Assert.Equal(2, Assert.Single(cached.Files, f => f.Path == "A.cs").Revisions);
    }

    [Fact]
    public void DefaultPath_IsBesideTheDatabase()
    {
        var root = Path.Combine(Path.GetTempPath(), "repo");

        Assert.Equal(Path.Combine(root, ".debtradar", "history-cache.bin"), HistoryCacheFile.DefaultPath(root));
    }

    private static string CacheIn(TempGitRepository repo) => Path.Combine(repo.Root, ".git", "debtradar-test", HistoryCacheFile.FileName);

    private static Task<HistoryResult> Read(TempGitRepository repo, RecordingGitRunner runner, string cache) =>
        new GitLogReader(runner, _ => cache).ReadAsync(new HistoryRequest(repo.Root, AllHistory), CancellationToken.None);

    internal static string Render(HistoryResult result) =>
        string.Join('\n', result.Files.Select(f => f.ToString()))
        + "\n--\n"
        + string.Join('\n', result.ChangeSets.Select(c => $"{c.Commit} {c.Author} {c.CommitTime:O} {string.Join('|', c.Files)}"));

    private static WhenExpression Parse(string text) =>
        WhenExpression.TryParse(text, out var value, out _) ? value! : throw new InvalidOperationException(text);
}
