using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class HotspotsCommandTests
{
    private const string HotV1 = Samples.Orders;

    // 10 lines; Sign has cognitive 1.
    private const string Cold = """
        namespace Shop;

        public static class Cold
        {
            public static int Sign(int x)
            {
                if (x > 0) { return 1; }
                return 0;
            }
        }

        """;

    /// <summary>
    /// Ann adds Hot.cs (+13); Bob changes Route's last line (+1 −1) and adds Cold.cs (+10); Ann appends a
    /// comment after the class (+1). Hot.cs: 3 revisions, +15 −1, 2 authors, Ann 14/15; Cold.cs: 1 revision.
    /// </summary>
    private static HotspotsTestRepository Create()
    {
        var repo = new HotspotsTestRepository();
        repo.Write("Hot.cs", HotV1);
        repo.Commit("Ann", 0);
        repo.Write("Hot.cs", HotV1.Replace("        return a;\n", "        return a + 1;\n", StringComparison.Ordinal));
        repo.Write("Cold.cs", Cold);
        repo.Commit("Bob", 1);
        repo.Write("Hot.cs", HotV1.Replace("        return a;\n", "        return a + 1;\n", StringComparison.Ordinal) + "// end\n");
        repo.Commit("Ann", 2);
        return repo;
    }

    [Fact]
    public async Task Hotspots_FileLevel_RanksAndWritesCsv()
    {
        using var repo = Create();
        var csv = Path.Combine(repo.Root, "out", "hotspots.csv");

        var (code, output, error) = await CliRunner.RunAsync("hotspots", repo.Root, "--syntax-only", "--out", csv);

        Assert.Equal(0, code);
        // Hot: 3/3 × 3/3 = 1; Cold: 1/3 × 1/3 = 0.1111.
        Assert.Equal(
            "rank,file,member,revisions,added,deleted,authors,main_author_share,complexity,score\n" +
            "1,Hot.cs,,3,15,1,2,0.93,3,1\n" +
            "2,Cold.cs,,1,10,0,1,1,1,0.1111\n",
            File.ReadAllText(csv));
        Assert.Contains("Shop.Orders.Route(int, int)", output, StringComparison.Ordinal);
        Assert.Contains("2024-03-03", output, StringComparison.Ordinal);
        Assert.DoesNotContain("history.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hotspots_MemberLevel_ChurnFollowsTheMember()
    {
        using var repo = Create();
        var csv = Path.Combine(repo.Root, "members.csv");

        var (code, _, _) = await CliRunner.RunAsync("hotspots", repo.Root, "--syntax-only", "--level", "member", "--top", "3", "--out", csv);

        Assert.Equal(0, code);
        // Route: Ann's 6 lines, then Bob's +1 −1 (the comment after the class is no member's): 2/2 × 3/3.
        // Sign: 1/2 × 1/3. The accessors have cognitive 0.
        Assert.Equal(
            "rank,file,member,revisions,added,deleted,authors,main_author_share,complexity,score\n" +
            "1,Hot.cs,\"Shop.Orders.Route(int, int)\",2,7,1,2,0.86,3,1\n" +
            "2,Cold.cs,Shop.Cold.Sign(int),1,5,0,1,1,1,0.1667\n" +
            "3,Hot.cs,Shop.Orders.Count.get,1,1,0,1,1,0,0\n",
            File.ReadAllText(csv));
    }

    [Fact]
    public async Task Hotspots_SinceExcludesOlderCommits()
    {
        using var repo = Create();
        var csv = Path.Combine(repo.Root, "since.csv");

        var (code, _, _) = await CliRunner.RunAsync("hotspots", repo.Root, "--syntax-only", "--since", "1.days", "--out", csv);

        Assert.Equal(0, code);
        // 1 day back from the last commit (2024-03-03 12:00) keeps Bob's and Ann's last commits.
        Assert.Equal(
            "rank,file,member,revisions,added,deleted,authors,main_author_share,complexity,score\n" +
            "1,Hot.cs,,2,2,1,2,0.5,3,1\n" +
            "2,Cold.cs,,1,10,0,1,1,1,0.1667\n",
            File.ReadAllText(csv));
    }

    [Fact]
    public async Task Hotspots_NotARepository_OneDiagnosticLineExitZero()
    {
        using var folder = new TempFolder();
        folder.Write("A.cs", Cold);

        var (code, output, error) = await CliRunner.RunAsync("hotspots", folder.Path, "--syntax-only");

        Assert.Equal(0, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("history.not-a-repository", StringComparison.Ordinal));
        Assert.Contains("No git history", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "yesterday")]
    [InlineData("--until", "3.fortnights")]
    [InlineData("--top", "0")]
    [InlineData("--level", "type")]
    public async Task Hotspots_BadOption_UsageExitCode2(string option, string value)
    {
        var (code, _, error) = await CliRunner.RunAsync("hotspots", ".", option, value);

        Assert.Equal(2, code);
        Assert.StartsWith("debtradar: ", error, StringComparison.Ordinal);
        Assert.True(error.Contains(option, StringComparison.Ordinal) || error.Contains(value, StringComparison.Ordinal), error);
    }
}
