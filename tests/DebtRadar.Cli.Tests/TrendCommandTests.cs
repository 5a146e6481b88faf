using System.Globalization;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class TrendCommandTests
{
    private const string Header = "snapshot,timestamp,commit,scope,files,members,loc,cc_total,cognitive_total,mi_avg,worst_mi,coupling_avg,findings,debt_minutes,health_avg,hotspot_health";

    [Theory]
    [InlineData("solution", 2)]
    [InlineData("project", 2)]
    [InlineData("file", 3)]
    public async Task Trend_TwoSnapshots_OneRowPerSnapshotAndScope(string by, int rows)
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", HistoryCommandTests.Sample);
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");
        folder.Write("src/Extra.cs", "namespace Shop; public class Extra { public int A(int x) => x > 0 ? x : -x; } // TODO: remove once Orders handles it");
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");
        var csv = Path.Combine(folder.Path, "trend.csv");

        var (code, _, _) = await CliRunner.RunAsync("trend", "--db", Path.Combine(folder.Path, ".debtradar", "debtradar.db"), "--by", by, "--out", csv);

        var lines = (await File.ReadAllLinesAsync(csv)).ToList();
        Assert.Equal(0, code);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(rows, lines.Count - 1);
        // findings and debt_minutes are numbers; the TODO added in the second snapshot is one more finding with a cost.
        var debt = lines.Skip(1).Select(l => l.Split(',')).Select(f => (Findings: int.Parse(f[12], CultureInfo.InvariantCulture), Minutes: double.Parse(f[13], CultureInfo.InvariantCulture))).ToList();
        // health_avg is a score from 1 to 10; hotspot_health stays empty in a folder without git history.
        Assert.All(lines.Skip(1).Select(l => l.Split(',')), f => Assert.InRange(double.Parse(f[14], CultureInfo.InvariantCulture), 1, 10));
        Assert.All(lines.Skip(1).Select(l => l.Split(',')), f => Assert.Equal(string.Empty, f[15]));
        if (by == "solution")
        {
            Assert.Equal(debt[0].Findings + 1, debt[1].Findings);
            Assert.True(debt[1].Minutes > debt[0].Minutes);
        }
        Assert.StartsWith("2,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trend_NoDatabase_HeaderOnly()
    {
        using var folder = new TempFolder();

        var (code, output, _) = await CliRunner.RunAsync("trend", "--db", Path.Combine(folder.Path, "none.db"));

        Assert.Equal(0, code);
        Assert.Equal(Header + "\n", output);
    }
}
