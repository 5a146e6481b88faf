using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Configuration;

/// <summary>The four kinds of suppression and configuration, from files on disk through `scan --level findings`.</summary>
public sealed class RuleConfigurationEndToEndTests
{
    private const string Source = """
        using System;
        using System.Diagnostics.CodeAnalysis;
        namespace Shop;
        public class Orders
        {
            // TODO: prices in cents
            int Price() => throw new NotImplementedException();

            void A() { try { } catch (InvalidOperationException) { } }
        #pragma warning disable DR3001
            void B() { try { } catch (InvalidOperationException) { } }
        #pragma warning restore DR3001
            [SuppressMessage("DebtRadar", "DR3002:catch-all")]
            int C() { try { return 1; } catch (Exception) { return 0; } }
            int D() { try { return 1; } catch (Exception) { return 0; } }
            void Move(int x, int y) { }
        }
        """;

    [Fact]
    public async Task Scan_FindingsWithEditorConfigJsonPragmaAndAttribute_EachApplies()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", Source);
        folder.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DR5001.severity = none\ndotnet_diagnostic.DR3001.severity = error\n");
        folder.Write("debtradar.json", """{ "rules": { "DR3004": false, "DR1004": { "parameters": { "threshold": 1 } } } }""");
        var csv = Path.Combine(folder.Path, "findings.csv");

        var (code, _, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only", "--level", "findings", "--out", csv);

        Assert.Equal(0, code);
        Assert.DoesNotContain("warning:", error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("project,file,line,column,rule,severity,category,member,message,remediation_minutes", lines[0]);
        var found = lines.Skip(1).Select(l => l.Split(',')).Select(c => (Rule: c[4], Severity: c[5], Line: int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.DoesNotContain(found, f => f.Rule is "DR5001" or "DR3004");
        Assert.Equal([(9, "error")], found.Where(f => f.Rule == "DR3001").Select(f => (f.Line, f.Severity)));
        Assert.Equal([15], found.Where(f => f.Rule == "DR3002").Select(f => f.Line));
        Assert.Contains(found, f => f.Rule == "DR1004" && f.Line == 16);
    }

    [Fact]
    public async Task Scan_BadConfiguration_WarnsNamingFileAndFieldAndScans()
    {
        using var folder = new TempFolder();
        folder.Write("src/Orders.cs", Source);
        folder.Write("debtradar.json", """{ "rules": { "DR1001": { "severity": "loud" } }, "costModel": { "minutesPerLine": "many" } }""");
        folder.Write("rules/DR9001.broken.json", """{ "id": "DR9001", "name": "broken", "title": "t", "category": "design", "scope": "member", "severity": "warning", "remediation": { "baseMinutes": -1 }, "rationale": "r" }""");
        folder.Write("debtradar.json", """{ "ruleFolders": ["rules"], "rules": { "DR1001": { "severity": "loud" } }, "costModel": { "minutesPerLine": "many" } }""");

        var (code, _, error) = await CliRunner.RunAsync("scan", folder.Path, "--syntax-only");

        Assert.Equal(0, code);
        Assert.Contains("warning: debtradar.json: rules.DR1001.severity: 'loud'", error, StringComparison.Ordinal);
        Assert.Contains("warning: debtradar.json: costModel.minutesPerLine", error, StringComparison.Ordinal);
        Assert.Contains("warning: rules/DR9001.broken.json: remediation.baseMinutes", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesShow_KnownRule_PrintsRationaleAndExamples()
    {
        var (code, output, _) = await CliRunner.RunAsync("rules", "show", "DR2002");

        Assert.Equal(0, code);
        Assert.StartsWith("DR2002 sync-over-async:", output, StringComparison.Ordinal);
        Assert.Contains("non-compliant:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[|", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesList_Catalog_OneLinePerRule()
    {
        var (code, output, _) = await CliRunner.RunAsync("rules", "list");

        Assert.Equal(0, code);
        Assert.True(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 31);
        Assert.Contains("DR1001  warning", output, StringComparison.Ordinal);
    }
}
