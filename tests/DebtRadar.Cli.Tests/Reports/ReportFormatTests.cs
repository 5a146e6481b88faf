using System.Text.Json;
using DebtRadar.Cli.Tests.Gate;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Reports;

/// <summary><c>report --format csv|json|sarif|md</c> through the real CLI.</summary>
public sealed class ReportFormatTests
{
    private static async Task<(TempFolder Folder, string Db)> ScannedAsync(string source)
    {
        var folder = new TempFolder();
        folder.Write("src/Orders.cs", source);
        var db = Path.Combine(folder.Path, "db", "d.db");
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-history", "--db", db);
        return (folder, db);
    }

    [Fact]
    public async Task Report_FormatJson_IsTheWholeSnapshotWithASchemaVersion()
    {
        var (folder, db) = await ScannedAsync(GateSamples.WithDebt);
        using var _ = folder;

        var (code, output, _) = await CliRunner.RunAsync("report", "--db", db, "--format", "json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(1, root.GetProperty("snapshot").GetProperty("id").GetInt32());
        Assert.Equal("syntax-only", root.GetProperty("snapshot").GetProperty("mode").GetString());
        Assert.Equal(3, root.GetProperty("debt").GetProperty("solution").GetProperty("findings").GetInt32());
        Assert.Equal(3, root.GetProperty("scan").GetProperty("projects")[0].GetProperty("files")[0].GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task Report_JsonWithLevel_IsTheTableAsInScanOut()
    {
        var (folder, db) = await ScannedAsync(GateSamples.WithDebt);
        using var _ = folder;

        var (code, output, _) = await CliRunner.RunAsync("report", "--db", db, "--format", "json", "--level", "findings");

        Assert.Equal(0, code);
        var rows = JsonDocument.Parse(output).RootElement;
        Assert.Equal(JsonValueKind.Array, rows.ValueKind);
        Assert.Equal(["DR5001", "DR3001", "DR2001"], rows.EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Report_SarifExtension_WritesSarifWithTheFindings()
    {
        var (folder, db) = await ScannedAsync(GateSamples.WithDebt);
        using var _ = folder;
        var sarif = Path.Combine(folder.Path, "out.sarif");

        var (code, _, _) = await CliRunner.RunAsync("report", "--db", db, "--out", sarif);

        Assert.Equal(0, code);
        var run = JsonDocument.Parse(await File.ReadAllTextAsync(sarif)).RootElement.GetProperty("runs")[0];
        Assert.Equal(3, run.GetProperty("results").GetArrayLength());
        Assert.Equal("src/Orders.cs", run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Report_FormatMd_ComparesWithThePreviousSnapshot()
    {
        var (folder, db) = await ScannedAsync(GateSamples.Clean);
        using var _ = folder;
        folder.Write("src/Orders.cs", GateSamples.WithDebt);
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-history", "--db", db);

        var (code, output, _) = await CliRunner.RunAsync("report", "--db", db, "--format", "md", "--max-listed", "2");

        Assert.Equal(0, code);
        Assert.StartsWith("## DebtRadar: rating ", output, StringComparison.Ordinal);
        Assert.Contains("Compared with #1", output, StringComparison.Ordinal);
        Assert.Contains("### New findings: 3", output, StringComparison.Ordinal);
        Assert.Contains("…and 1 more.", output, StringComparison.Ordinal);
        Assert.Contains("### Hotspots touched", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownExtension_ExitCode2()
    {
        var (folder, db) = await ScannedAsync(GateSamples.Clean);
        using var _ = folder;

        var (code, _, error) = await CliRunner.RunAsync("report", "--db", db, "--out", Path.Combine(folder.Path, "out.xlsx"));

        Assert.Equal(2, code);
        Assert.Contains(".sarif", error, StringComparison.Ordinal);
    }
}
