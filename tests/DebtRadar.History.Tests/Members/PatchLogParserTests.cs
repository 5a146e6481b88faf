using System.Text;
using DebtRadar.History.Members;

namespace DebtRadar.History.Tests.Members;

public sealed class PatchLogParserTests
{
    private const string OldBlob = "1111111111111111111111111111111111111111";
    private const string NewBlob = "2222222222222222222222222222222222222222";

    // Shaped like `git log -p --unified=0 --full-index -M` output; body lines that look like headers must be skipped.
    private static readonly string Captured =
        "\u001e" + "cccccccccccccccccccccccccccccccccccccccc\u001fAnn\u001f1704189600\n" +
        "\n" +
        "diff --git a/sp ace.cs b/moved.cs\n" +
        "similarity index 75%\n" +
        "rename from sp ace.cs\n" +
        "rename to moved.cs\n" +
        $"index {OldBlob}..{NewBlob} 100644\n" +
        "--- a/sp ace.cs\t\n" +
        "+++ b/moved.cs\n" +
        "@@ -3,2 +3 @@ class C\n" +
        "-+++ b/looks-like-a-header.cs\n" +
        "-@@ -1 +1 @@\n" +
        "+diff --git a/x b/x\n" +
        "\\ No newline at end of file\n" +
        "@@ -10,0 +11,2 @@\n" +
        "+a\n" +
        "+b\n" +
        "diff --git \"a/caf\\303\\251.cs\" \"b/caf\\303\\251.cs\"\n" +
        "deleted file mode 100644\n" +
        $"index {OldBlob}..0000000000000000000000000000000000000000\n" +
        "--- \"a/caf\\303\\251.cs\"\n" +
        "+++ /dev/null\n" +
        "@@ -1 +0,0 @@\n" +
        "-gone\n" +
        "\u001e" + "dddddddddddddddddddddddddddddddddddddddd\u001fBjörn\u001f1704103200\n" +
        "\n" +
        "diff --git a/old.cs b/new.cs\n" +
        "similarity index 100%\n" +
        "rename from old.cs\n" +
        "rename to new.cs\n";

    [Fact]
    public void Feed_CapturedPatch_PathsBlobsAndHunks()
    {
        var commits = Parse(Encoding.UTF8.GetBytes(Captured), int.MaxValue);

        Assert.Equal(2, commits.Count);
        var first = commits[0];
        Assert.Equal(("Ann", 1704189600L), (first.Author, first.CommitTime));
        Assert.Equal(2, first.Files.Count);
        var moved = first.Files[0];
        Assert.Equal(("sp ace.cs", "moved.cs", OldBlob, NewBlob), (moved.OldPath, moved.NewPath, moved.OldBlob, moved.NewBlob));
        Assert.Equal([new Hunk(3, 2, 3, 1), new Hunk(10, 0, 11, 2)], moved.Hunks);
        var deleted = first.Files[1];
        Assert.Equal(("café.cs", (string?)null), (deleted.OldPath, deleted.NewPath));
        Assert.Equal([new Hunk(1, 1, 0, 0)], deleted.Hunks);
        var rename = Assert.Single(commits[1].Files);
        Assert.Equal(("old.cs", "new.cs", 0), (rename.OldPath, rename.NewPath, rename.Hunks.Count));
        Assert.Equal("Björn", commits[1].Author);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Feed_SplitIntoChunks_SameResult(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes(Captured);

        var commits = Parse(bytes, chunk);

        Assert.Equal(
            Parse(bytes, int.MaxValue).SelectMany(c => c.Files.SelectMany(f => f.Hunks)),
            commits.SelectMany(c => c.Files.SelectMany(f => f.Hunks)));
    }

    private static List<PatchCommit> Parse(byte[] bytes, int chunk)
    {
        var commits = new List<PatchCommit>();
        var parser = new PatchLogParser(commits.Add);
        for (var i = 0; i < bytes.Length; i += chunk)
        {
            parser.Feed(bytes.AsSpan(i, Math.Min(chunk, bytes.Length - i)));
        }

        parser.Complete();
        return commits;
    }
}
