using DebtRadar.Cli.Storage;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class GitStateTests
{
    private static readonly Dictionary<string, string> Dated = new()
    {
        ["GIT_AUTHOR_DATE"] = "2025-02-10T10:00:00+01:00",
        ["GIT_COMMITTER_DATE"] = "2025-02-10T10:00:00+01:00",
    };

    [Fact]
    public void Read_CleanBranch_CommitBranchAndCommitDate()
    {
        using var folder = new TempFolder();
        var sha = Commit(folder.Path);

        var state = GitState.Read(folder.Path);

        Assert.Equal(sha, state.Commit);
        Assert.Equal("main", state.Branch);
        Assert.False(state.Dirty);
        Assert.Equal(new DateTimeOffset(2025, 2, 10, 10, 0, 0, TimeSpan.FromHours(1)), state.CommitDate);
    }

    [Fact]
    public void Read_DetachedWithAnEditedTrackedFile_NoBranchAndDirty()
    {
        using var folder = new TempFolder();
        var sha = Commit(folder.Path);
        TestGit.Run(folder.Path, Dated, "checkout", "--quiet", "--detach");
        File.AppendAllText(Path.Combine(folder.Path, "A.cs"), "// edited\n");

        var state = GitState.Read(folder.Path);

        Assert.Equal(sha, state.Commit);
        Assert.Null(state.Branch);
        Assert.True(state.Dirty);
    }

    [Fact]
    public void Read_RepositoryWithoutCommits_None()
    {
        using var folder = new TempFolder();
        TestGit.Run(folder.Path, Dated, "init", "--quiet", "-b", "main");

        Assert.Equal(GitState.None, GitState.Read(folder.Path));
    }

    private static string Commit(string root)
    {
        TestGit.Run(root, Dated, "init", "--quiet", "-b", "main");
        File.WriteAllText(Path.Combine(root, "A.cs"), "class A { }\n");
        TestGit.Run(root, Dated, "add", ".");
        TestGit.Run(root, Dated, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "first");
        return GitState.Run(root, "rev-parse", "HEAD")!;
    }
}
