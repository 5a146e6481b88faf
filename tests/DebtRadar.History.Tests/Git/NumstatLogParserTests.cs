using System.Text;
using DebtRadar.History.Git;

namespace DebtRadar.History.Tests.Git;

public sealed class NumstatLogParserTests
{
    // Captured from `git log -z --numstat -M --format=...` on a repository with a rename, a binary file, a
    // path with a space and a non-ASCII path, then a merge (no changes with --diff-merges=off).
    private static readonly string Captured =
        "\u001e3333333333333333333333333333333333333333\u001f1111111111111111111111111111111111111111 2222222222222222222222222222222222222222\u001fAnn\u001f1704276000\0" +
        "\u001e2222222222222222222222222222222222222222\u001f1111111111111111111111111111111111111111\u001fBjörn\u001f1704189600\0\n" +
        "1\t0\t\0sp ace.cs\0moved.cs\0" +
        "-\t-\tlogo.png\0" +
        "2\t0\té.cs\0" +
        "\u001e1111111111111111111111111111111111111111\u001f\u001fAnn\u001f1704103200\0\n" +
        "3\t0\tsp ace.cs\0";

    [Fact]
    public void Feed_WholeText_ParsesCommitsRenamesAndBinaries()
    {
        var commits = Parse(Encoding.UTF8.GetBytes(Captured), chunk: int.MaxValue);

        Assert.Equal([2, 1, 0], commits.Select(c => c.Parents));
        Assert.Empty(commits[0].Changes);
        Assert.Equal("Björn", commits[1].Author);
        Assert.Equal(1704189600, commits[1].CommitTime);
        Assert.Equal(
            [new FileChange("moved.cs", "sp ace.cs", 1, 0), new FileChange("logo.png", null, 0, 0), new FileChange("é.cs", null, 2, 0)],
            commits[1].Changes);
        Assert.Equal([new FileChange("sp ace.cs", null, 3, 0)], commits[2].Changes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    public void Feed_SplitIntoChunks_SameResult(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes(Captured);

        var commits = Parse(bytes, chunk);

        Assert.Equal(
            Parse(bytes, int.MaxValue).SelectMany(c => c.Changes),
            commits.SelectMany(c => c.Changes));
        Assert.Equal(3, commits.Count);
    }

    [Fact]
    public void Feed_SamePathInManyCommits_SharesOneString()
    {
        var commits = Parse(Encoding.UTF8.GetBytes(Captured), 5);

        Assert.Same(commits[1].Changes[0].OldPath, commits[2].Changes[0].Path);
    }

    [Fact]
    public void Complete_StreamCutMidRecord_DropsTheFragment()
    {
        var cut = Captured[..(Captured.IndexOf("3\t0\tsp", StringComparison.Ordinal) + 4)];

        var commits = Parse(Encoding.UTF8.GetBytes(cut), 64);

        Assert.Equal(3, commits.Count);
        Assert.Empty(commits[2].Changes);
    }

    private static List<GitCommit> Parse(byte[] bytes, int chunk)
    {
        var commits = new List<GitCommit>();
        var parser = new NumstatLogParser(commits.Add);
        for (var i = 0; i < bytes.Length; i += chunk)
        {
            parser.Feed(bytes.AsSpan(i, Math.Min(chunk, bytes.Length - i)));
        }

        parser.Complete();
        return commits;
    }
}
