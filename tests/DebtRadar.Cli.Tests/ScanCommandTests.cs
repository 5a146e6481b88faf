using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class ScanCommandTests
{
    private const string Sample = Samples.Orders;

    [Fact]
    public async Task Scan_PathDoesNotExist_OneLineAndExitCode2()
    {
        var (code, _, error) = await CliRunner.RunAsync("scan", "/definitely/not/here", "--syntax-only");

        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("debtradar: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_FolderWithTwoSolutions_ListsThemAndExitCode2()
    {
        using var folder = new TempFolder();
        folder.Write("A.sln", string.Empty);
        folder.Write("B.slnx", "<Solution />");

        var (code, _, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");

        Assert.Equal(2, code);
        Assert.Contains("A.sln", error, StringComparison.Ordinal);
        Assert.Contains("B.slnx", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_EmptyFolder_NothingToScanExitCode3()
    {
        using var folder = new TempFolder();

        var (code, output, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");

        Assert.Equal(3, code);
        Assert.Empty(output);
        Assert.Contains("nothing to scan", error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("scan", "--jobs", "0")]
    [InlineData("scan", "--level", "galaxy")]
    [InlineData("scan", "--no-such-option")]
    [InlineData("frobnicate")]
    public async Task Scan_BadUsage_ExitCode2WithoutStackTrace(params string[] args)
    {
        var (code, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, code);
        Assert.StartsWith("debtradar: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_OutWithUnknownExtension_ExitCode2()
    {
        using var folder = new TempFolder();
        folder.Write("Orders.cs", Sample);

        var (code, _, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--out", Path.Combine(folder.Path, "x.txt"));

        Assert.Equal(2, code);
        Assert.Contains(".csv or .json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_LooseFolderSyntaxOnly_SummaryNamesTheMostComplexMember()
    {
        using var folder = new TempFolder();
        folder.Write("Orders.cs", Sample);

        var (code, output, _) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");

        Assert.Equal(0, code);
        Assert.Contains("1 projects (1 syntax-only)", output, StringComparison.Ordinal);
        Assert.Contains("3 members", output, StringComparison.Ordinal);
        Assert.Contains("Orders.Route(int, int)", output, StringComparison.Ordinal);
        Assert.Contains("Orders.cs:5", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_OutMemberCsv_WritesTheContractHeaderAndOneRowPerMember()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", Sample);
        var csv = Path.Combine(folder.Path, "out", "members.csv");

        var (code, output, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--out", csv);

        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Contains("wrote", error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("project,file,line,type,member,kind,cc,cognitive,loc_source,loc_exec,nloc,params,nesting,halstead_volume,mi,coupling,line_coverage,crap", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{Path.GetFileName(folder.Path)},src/Orders.cs,5,Shop.Orders,\"Route(int, int)\",method,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Count.get,getter,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_FileWithSyntaxErrors_StillMeasuredAndReported()
    {
        using var folder = new TempFolder();
        folder.Write("Broken.cs", "class Broken { void M() { if (x { } } void N() { } }");

        var (code, output, _) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--verbose");

        Assert.Equal(0, code);
        Assert.Contains("parse.syntax-errors", output, StringComparison.Ordinal);
        Assert.Contains("Broken.N()", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_SameInputOneJobOrFour_IdenticalCsv()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 12; i++)
        {
            folder.Write($"F{i}.cs", Sample.Replace("Orders", $"Orders{i}", StringComparison.Ordinal));
        }

        var one = Path.Combine(folder.Path, "one.csv");
        var four = Path.Combine(folder.Path, "four.csv");
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--jobs", "1", "--out", one);
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--jobs", "4", "--out", four);

        Assert.Equal(File.ReadAllText(one), File.ReadAllText(four));
    }
}
