using System.Text.Json;
using DebtRadar.Cli.Tests.Gate;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Reports;

/// <summary>SARIF partial fingerprints, from real scans: unrelated edits and moves keep them, a change to the flagged code does not.</summary>
public sealed class SarifFingerprintTests
{
    private static async Task<List<(string Rule, int Line, string Fingerprint)>> ResultsAsync(TempFolder folder, string db)
    {
        await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--no-history", "--db", db);
        var (_, output, _) = await CliRunner.RunAsync("report", "--db", db, "--format", "sarif");
        return [.. JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (
                r.GetProperty("ruleId").GetString()!,
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                r.GetProperty("partialFingerprints").GetProperty("debtradarFingerprint/v1").GetString()!))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Fingerprints_MemberMovedAndLinesInsertedAbove_Unchanged()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "db", "d.db");
        folder.Write("src/Orders.cs", GateSamples.WithDebt);
        var before = await ResultsAsync(folder, db);
        folder.Write("src/Orders.cs", "// A header comment\n// over two lines\n\n" + GateSamples.WithDebt.Replace("public class Helper", "/// <summary>Fires.</summary>\npublic class Helper", StringComparison.Ordinal));
        var after = await ResultsAsync(folder, db);

        Assert.Equal(3, before.Count);
        Assert.Equal(before.Select(r => (r.Rule, r.Fingerprint)), after.Select(r => (r.Rule, r.Fingerprint)));
        Assert.All(before.Zip(after), p => Assert.True(p.Second.Line > p.First.Line));
    }

    [Fact]
    public async Task Fingerprints_FlaggedCodeChanged_ThatFindingOnlyChanges()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "db", "d.db");
        folder.Write("src/Orders.cs", GateSamples.WithDebt);
        var before = await ResultsAsync(folder, db);
        folder.Write("src/Orders.cs", GateSamples.WithDebt.Replace("TODO: handle locked files", "TODO: retry when locked", StringComparison.Ordinal));
        var after = await ResultsAsync(folder, db);

        var changed = before.Zip(after).Where(p => p.First.Fingerprint != p.Second.Fingerprint).Select(p => p.First.Rule).ToList();
        Assert.Equal(["DR5001"], changed);
    }
}
