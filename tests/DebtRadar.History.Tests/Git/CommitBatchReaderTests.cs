using DebtRadar.History.Git;
using DebtRadar.History.Model;
using DebtRadar.History.Tests.Support;

namespace DebtRadar.History.Tests.Git;

public sealed class CommitBatchReaderTests
{
    private static readonly HistoryWindow All = new(0, long.MaxValue);

    [Fact]
    public async Task ReadAsync_SplitIntoParallelRanges_SameRecordsInOrder()
    {
        using var repo = SampleHistory.Create();
        var (_, commits) = await RevisionList.ReadAsync(new GitProcessRunner(), repo.Root, All, CancellationToken.None);
        var runner = new RecordingGitRunner();

        var one = await CommitBatchReader.ReadAsync(new GitProcessRunner(), repo.Root, commits, 1, CancellationToken.None);
        var three = await CommitBatchReader.ReadAsync(runner, repo.Root, commits, 3, CancellationToken.None, parallelThreshold: 1);

        Assert.Equal(3, runner.Processes("--numstat"));
        Assert.Equal(commits, runner.NumstatCommits);
        Assert.Equal(commits, three.Records.Select(r => r.Sha));
        Assert.Equal(Describe(one.Records), Describe(three.Records));
        Assert.Null(three.Failure);
    }

    [Fact]
    public void Split_CoversEveryCommitOnceInOrder()
    {
        var ranges = CommitBatchReader.Split(7, 3);

        Assert.Equal([(0, 2), (2, 2), (4, 3)], ranges);
        Assert.Equal([(0, 1)], CommitBatchReader.Split(1, 4));
    }

    [Fact]
    public async Task ReadAsync_NonCSharpBlobMissing_CSharpHistoryCompleteRenamesSkippedThere()
    {
        using var repo = new TempGitRepository();
        repo.WriteLines("A.cs", "a", 3);
        repo.WriteLines("data.xml", "<row id=\"x\" />", 40);
        repo.Commit("Ann", 0);
        repo.WriteLines("A.cs", "a", 4);
        File.Delete(Path.Combine(repo.Root, "data.xml"));
        repo.WriteLines("data-2.xml", "<row id=\"y\" />", 41);
        repo.Commit("Ann", 1);
        repo.WriteLines("A.cs", "a", 6);
        repo.Commit("Bob", 2);
        // As in a partial clone: the deleted file's version is absent, so git cannot score a rename against it.
        var blob = repo.Git("rev-parse", "HEAD~2:data.xml").Trim();
        File.Delete(Path.Combine(repo.Root, ".git", "objects", blob[..2], blob[2..]));

        var result = await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root, Parse("2000-01-01")), CancellationToken.None);

        var a = Assert.Single(result.Files);
        Assert.Equal(("A.cs", 3, 6, 0), (a.Path, a.Revisions, a.Added, a.Deleted));
        Assert.Equal("history.renames-skipped", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(["A.cs", "data-2.xml", "data.xml"], result.ChangeSets[1].Files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_SideBranchChangeRevertedBeforeMerge_BothCommitsCount()
    {
        using var repo = new TempGitRepository();
        repo.WriteLines("A.cs", "a", 3);
        repo.Commit("Ann", 0);
        repo.Git("checkout", "-q", "-b", "side");
        repo.WriteLines("A.cs", "a", 4);
        repo.Commit("Bob", 1);
        repo.WriteLines("A.cs", "a", 3);
        repo.Commit("Bob", 2, "revert");
        repo.Git("checkout", "-q", "main");
        repo.Write("readme.txt", "hello\n");
        repo.Commit("Ann", 3);
        repo.Git(
            new Dictionary<string, string>
            {
                ["GIT_AUTHOR_NAME"] = "Ann",
                ["GIT_AUTHOR_EMAIL"] = "ann@example.com",
                ["GIT_COMMITTER_NAME"] = "Ann",
                ["GIT_COMMITTER_EMAIL"] = "ann@example.com",
                ["GIT_AUTHOR_DATE"] = "2024-01-05T12:00:00Z",
                ["GIT_COMMITTER_DATE"] = "2024-01-05T12:00:00Z",
            },
            "merge", "-q", "--no-ff", "-m", "merge side", "side");

        var result = await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root, Parse("2000-01-01")), CancellationToken.None);

        // A '*.cs' walk would simplify the merge away with the side branch (A.cs is the same on both sides).
        var a = Assert.Single(result.Files);
        Assert.Equal((3, 4, 1), (a.Revisions, a.Added, a.Deleted));
    }

    [Fact]
    public async Task ReadAsync_CSharpFileRenamedAmongOtherFiles_FollowedFilesOnlyCSharp()
    {
        using var repo = new TempGitRepository();
        repo.WriteLines("Old.cs", "class Old { int x", 12);
        repo.Write("notes.md", "# notes\n");
        repo.Commit("Ann", 0);
        Directory.CreateDirectory(Path.Combine(repo.Root, "src"));
        repo.Git("mv", "Old.cs", "src/New.cs");
        repo.Write("notes.md", "# notes\nmoved\n");
        repo.Commit("Ann", 1);
        repo.WriteLines("src/New.cs", "class Old { int x", 13);
        repo.Commit("Bob", 2);

        var result = await new GitLogReader().ReadAsync(new HistoryRequest(repo.Root, Parse("2000-01-01")), CancellationToken.None);

        var file = Assert.Single(result.Files);
        Assert.Equal(("src/New.cs", 3, 13), (file.Path, file.Revisions, file.Added));
        Assert.Equal(["notes.md", "src/New.cs"], result.ChangeSets[1].Files.Order(StringComparer.Ordinal));
        Assert.Equal(["notes.md", "src/New.cs"], result.ChangeSets[2].Files.Order(StringComparer.Ordinal));
    }

    private static List<string> Describe(IEnumerable<CommitRecord> records) =>
        [.. records.Select(r => $"{r.Sha} {r.Parents} {r.Author} {r.CommitTime} [{string.Join(',', r.CSharp)}] [{string.Join(',', r.Touched)}]")];

    private static WhenExpression Parse(string text) =>
        WhenExpression.TryParse(text, out var value, out _) ? value! : throw new InvalidOperationException(text);
}
