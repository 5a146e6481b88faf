using System.Globalization;
using System.Text.Json;
using DebtRadar.Core.Rules;
using DebtRadar.Reports.Sarif;
using DebtRadar.Reports.Tests.Golden;

namespace DebtRadar.Reports.Tests.Sarif;

/// <summary>The structure GitHub code scanning needs from a SARIF 2.1.0 log.</summary>
public sealed class SarifWriterTests
{
    private static readonly string[] Levels = ["error", "warning", "note"];

    private static JsonElement Run()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        SarifWriter.Write(writer, GoldenModel.Current, RuleCatalog.BuiltIn, "1.2.3+cc.ms/1");
        var document = JsonDocument.Parse(writer.ToString());
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", document.RootElement.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        return Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public void Write_Driver_NamesTheToolAndItsSemanticVersion()
    {
        var driver = Run().GetProperty("tool").GetProperty("driver");

        Assert.Equal("DebtRadar", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("semanticVersion").GetString());
    }

    [Fact]
    public void Write_Rules_AreTheFiredRulesWithHelpFromTheCatalog()
    {
        var rules = Run().GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(["DR1001", "DR3001", "DR5001"], rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            var definition = RuleCatalog.BuiltIn.Find(rule.GetProperty("id").GetString()!)!;
            Assert.Equal(definition.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Contains(definition.Rationale, rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("markdown").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
        }
    }

    [Fact]
    public void Write_Results_PointAtTheirRuleAndARelativeLocationUnderSrcRoot()
    {
        var run = Run();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(3, results.Count);
        Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty(SarifWriter.RootBaseId).GetProperty("uri").GetString(), StringComparison.Ordinal);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var artifact = location.GetProperty("artifactLocation");
            Assert.Equal(SarifWriter.RootBaseId, artifact.GetProperty("uriBaseId").GetString());
            Assert.False(new Uri(artifact.GetProperty("uri").GetString()!, UriKind.RelativeOrAbsolute).IsAbsoluteUri);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.Equal(24, result.GetProperty("partialFingerprints").GetProperty(SarifWriter.FingerprintKey).GetString()!.Length);
        }
    }

    [Fact]
    public void Write_Severities_MapToSarifLevels()
    {
        var levels = Run().GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("ruleId").GetString()!, r => r.GetProperty("level").GetString());

        Assert.Equal("warning", levels["DR1001"]);
        Assert.Equal("error", levels["DR3001"]);
        Assert.Equal("note", levels["DR5001"]);
    }

    [Theory]
    [InlineData("src/A.cs", "src/A.cs")]
    [InlineData("src/Odd name #1.cs", "src/Odd%20name%20%231.cs")]
    [InlineData("c:colon.cs", "c%3Acolon.cs")]
    public void RelativeUri_PercentEncodesEachSegment(string path, string expected) =>
        Assert.Equal(expected, SarifWriter.RelativeUri(path));

    [Fact]
    public void Write_FindingWithoutAFile_PointsAtTheScanTarget()
    {
        var scan = GoldenModel.Current with
        {
            Findings = [new Core.Model.Finding("DR1302", Core.Model.FindingSeverity.Warning, "coupling", "", 0, 0, null, null, "cycle A → B → A", 30, "abcabcabcabcabcabcabcabc")],
        };
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        SarifWriter.Write(writer, scan, RuleCatalog.BuiltIn, "1.0.0");
        var result = JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Last();

        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("Shop.sln", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("region", out _));
    }
}
