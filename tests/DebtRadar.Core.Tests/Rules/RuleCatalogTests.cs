using DebtRadar.Core.Rules;

namespace DebtRadar.Core.Tests.Rules;

public sealed class RuleCatalogTests
{
    [Fact]
    public void BuiltIn_EveryFile_LoadsWithoutError()
    {
        Assert.Empty(RuleCatalog.BuiltIn.Errors);
        Assert.True(RuleCatalog.BuiltIn.Rules.Length >= 30, $"only {RuleCatalog.BuiltIn.Rules.Length} rules");
    }

    [Fact]
    public void BuiltIn_RuleFilesAndDetectors_MatchOneToOne()
    {
        var files = Directory.GetFiles(RulesFolder(), "DR*.json").Select(f => Path.GetFileName(f).Split('.')[0]).Order(StringComparer.Ordinal).ToList();
        var embedded = RuleCatalog.BuiltIn.Rules.Select(r => r.Id).ToList();
        var detectors = DetectorRegistry.BuiltInIds.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, embedded);
        Assert.Equal(files, detectors);
    }

    [Fact]
    public void BuiltIn_DetectorScope_AgreesWithCatalogScope()
    {
        foreach (var rule in RuleCatalog.BuiltIn.Rules)
        {
            var detector = DetectorRegistry.For(rule);
            var ok = rule.Scope switch
            {
                RuleScope.Member or RuleScope.File => detector is Core.Rules.Detectors.IMemberDetector or Core.Rules.Detectors.IFileDetector,
                RuleScope.Type => detector is Core.Rules.Detectors.ITypeDetector,
                _ => detector is Core.Rules.Detectors.IScanDetector,
            };
            Assert.True(ok, $"{rule.Id}: scope {rule.Scope} but detector {detector?.GetType().Name}");
        }
    }

    [Fact]
    public void BuiltIn_EveryRule_HasExamplesReferencesAndRemediation()
    {
        Assert.All(RuleCatalog.BuiltIn.Rules, r =>
        {
            Assert.NotNull(r.Examples);
            Assert.NotEmpty(r.References);
            Assert.True(r.Remediation.BaseMinutes > 0, r.Id);
        });
    }

    [Fact]
    public void Parse_WrongFieldType_NamesFileAndField()
    {
        const string json = """
            { "id": "DR9001", "name": "x", "title": "t", "category": "design", "scope": "member", "severity": "warning",
              "remediation": { "baseMinutes": "ten" }, "rationale": "r" }
            """;

        var (rule, errors) = RuleFileParser.Parse("DR9001.x.json", json);

        Assert.Null(rule);
        var error = Assert.Single(errors);
        Assert.Equal("DR9001.x.json", error.File);
        Assert.Equal("remediation.baseMinutes", error.Field);
        Assert.Contains("\"ten\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "DR9001" }""", "name")]
    [InlineData("""{ "id": "X1", "name": "x", "title": "t", "category": "design", "scope": "member", "severity": "warning", "remediation": { "baseMinutes": 1 }, "rationale": "r" }""", "id")]
    [InlineData("""{ "id": "DR9001", "name": "x", "title": "t", "category": "speed", "scope": "member", "severity": "warning", "remediation": { "baseMinutes": 1 }, "rationale": "r" }""", "category")]
    [InlineData("""{ "id": "DR9001", "name": "x", "title": "t", "category": "design", "scope": "galaxy", "severity": "warning", "remediation": { "baseMinutes": 1 }, "rationale": "r" }""", "scope")]
    [InlineData("""{ "id": "DR9001", "name": "x", "title": "t", "category": "design", "scope": "member", "severity": "loud", "remediation": { "baseMinutes": 1 }, "rationale": "r" }""", "severity")]
    [InlineData("""{ "id": "DR9001", "name": "x", "title": "t", "category": "design", "scope": "member", "severity": "warning", "remediation": { "baseMinutes": 1 }, "rationale": "r", "parameters": { "threshold": "high" } }""", "parameters.threshold")]
    public void Parse_BadField_ReportsThatField(string json, string field)
    {
        var (rule, errors) = RuleFileParser.Parse("DR9001.x.json", json);

        Assert.Null(rule);
        Assert.Contains(errors, e => e.Field == field);
    }

    [Fact]
    public void Parse_NotJson_ReportsFile()
    {
        var (rule, errors) = RuleFileParser.Parse("broken.json", "{ nope");

        Assert.Null(rule);
        Assert.StartsWith("broken.json: not valid JSON", Assert.Single(errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_FileNameDisagreesWithId_IsAnError()
    {
        const string json = """{ "id": "DR9001", "name": "my-rule", "title": "t", "category": "design", "scope": "member", "severity": "warning", "remediation": { "baseMinutes": 1 }, "rationale": "r", "kind": "metric-threshold", "metric": "cc" }""";

        var catalog = RuleCatalog.BuiltIn.With([("DR9002.my-rule.json", json)]);

        Assert.Contains(catalog.Errors, e => e.File == "DR9002.my-rule.json" && e.Field == "id");
        Assert.Null(catalog.Find("DR9001"));
    }

    [Fact]
    public void With_BuiltInIdAgain_IsAnErrorNotAnOverride()
    {
        const string json = """{ "id": "DR1001", "name": "method-cyclomatic", "title": "t", "category": "design", "scope": "member", "severity": "error", "remediation": { "baseMinutes": 1 }, "rationale": "r" }""";

        var catalog = RuleCatalog.BuiltIn.With([("user/DR1001.method-cyclomatic.json", json)]);

        Assert.Contains(catalog.Errors, e => e.Field == "id" && e.Message.Contains("already defined", StringComparison.Ordinal));
        Assert.Equal(Model.FindingSeverity.Warning, catalog.Find("DR1001")!.DefaultSeverity);
    }

    private static string RulesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "schema.json")))
            {
                return Path.Combine(dir.FullName, "rules");
            }
        }

        throw new DirectoryNotFoundException("rules/ not found above the test binaries");
    }
}
