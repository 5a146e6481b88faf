using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

/// <summary>A rescan that reuses stored results and writes the snapshot by stored ids reports what a cold scan reports.</summary>
public sealed class RescanTests
{
    private static readonly string[] Levels = ["member", "type", "file", "findings"];

    [Fact]
    public async Task Scan_RecordedRescanAfterOneEdit_SameOutputAsAColdScan()
    {
        using var folder = new TempFolder();
        using var data = new TempFolder();
        for (var i = 0; i < 6; i++)
        {
            folder.Write($"src/F{i}.cs", Samples.Orders.Replace("Orders", $"Orders{i}", StringComparison.Ordinal));
        }

        // A clone across two files, so the solution-wide pass has work that spans reused and fresh results.
        folder.Write("src/Copy.cs", Samples.Orders.Replace("Orders", "OrdersCopy", StringComparison.Ordinal));
        var db = Path.Combine(data.Path, "history.db");
        var (first, _, firstError) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-history", "--db", db);
        Assert.True(first == 0, firstError);

        File.AppendAllText(Path.Combine(folder.Path, "src/F2.cs"), "// edited\n");
        foreach (var level in Levels)
        {
            var rescan = Path.Combine(data.Path, $"rescan-{level}.csv");
            var cold = Path.Combine(data.Path, $"cold-{level}.csv");
            var (code, _, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-history", "--db", db, "--level", level, "--out", rescan);
            Assert.True(code == 0, error);
            await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-history", "--no-db", "--level", level, "--out", cold);

            Assert.Equal(File.ReadAllText(cold), File.ReadAllText(rescan));
        }

        // The snapshot recorded by the last rescan reads back as the cold scan's files.
        var stored = Path.Combine(data.Path, "stored-file.csv");
        var (report, _, reportError) = await CliRunner.RunAsync("report", "--db", db, "--level", "file", "--out", stored);
        Assert.True(report == 0, reportError);
        Assert.Equal(File.ReadAllText(Path.Combine(data.Path, "cold-file.csv")), File.ReadAllText(stored));
    }
}
