using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;

namespace DebtRadar.Core.Tests.Rules;

/// <summary>The four ways .NET developers silence a rule, through the real scan engine.</summary>
public sealed class SuppressionTests
{
    private const string Source = """
        using System.Diagnostics.CodeAnalysis;
        class C
        {
            void A() { try { } catch (System.InvalidOperationException) { } }

        #pragma warning disable DR3001
            void B() { try { } catch (System.InvalidOperationException) { } }
        #pragma warning restore DR3001

            [SuppressMessage("DebtRadar", "DR3001:Empty catch", Justification = "shutdown path")]
            void D() { try { } catch (System.InvalidOperationException) { } }

            void E() { try { } catch (System.InvalidOperationException) { } }
        }

        [SuppressMessage("DebtRadar", "DR1104")]
        class Big
        {
            int F(int x) => x > 0 ? 1 : 0;
            int G(int x) => x > 1 ? 1 : 0;
        }
        """;

    private static readonly ImmutableDictionary<string, double> SmallWmc = ImmutableDictionary<string, double>.Empty.Add("threshold", 2);

    [Fact]
    public async Task Scan_PragmaAndSuppressMessage_SilenceOnlyTheirScope()
    {
        var findings = await RuleHarness.FindingsAsync(RuleHarness.Only(SmallWmc, "DR3001", "DR1104"), syntaxOnly: false, ("C.cs", Source));

        Assert.Equal(["C.A()", "C.E()"], findings.Where(f => f.RuleId == "DR3001").Select(f => $"{f.Type}.{f.Member}"));
        Assert.DoesNotContain(findings, f => f.RuleId == "DR1104" && f.Type == "Big");
    }

    [Fact]
    public async Task Scan_PragmaWithoutSuppressMessageOnType_FlagsType()
    {
        var unsuppressed = Source.Replace("[SuppressMessage(\"DebtRadar\", \"DR1104\")]", string.Empty, StringComparison.Ordinal);

        var findings = await RuleHarness.FindingsAsync(RuleHarness.Only(SmallWmc, "DR1104"), syntaxOnly: false, ("C.cs", unsuppressed));

        Assert.Contains(findings, f => f.RuleId == "DR1104" && f.Type == "Big");
    }

    [Theory]
    [InlineData("none", 0, FindingSeverity.Warning)]
    [InlineData("silent", 0, FindingSeverity.Warning)]
    [InlineData("error", 2, FindingSeverity.Error)]
    [InlineData("suggestion", 2, FindingSeverity.Suggestion)]
    public async Task Scan_EditorConfigSeverity_TurnsOffOrChangesSeverity(string severity, int expected, FindingSeverity expectedSeverity)
    {
        var rules = RuleSet.Create(RuleCatalog.BuiltIn, new RuleConfiguration
        {
            Rules = OnlyEmptyCatch(),
            EditorConfigSeverities = ImmutableDictionary<string, string>.Empty.Add("DR3001", severity),
        });

        var findings = await RuleHarness.FindingsAsync(rules, syntaxOnly: true, ("C.cs", Source));

        Assert.Equal(expected, findings.Count(f => f.RuleId == "DR3001"));
        Assert.All(findings, f => Assert.Equal(expectedSeverity, f.Severity));
    }

    [Fact]
    public async Task Scan_ConfigurationDisablesRule_NoFinding()
    {
        var rules = RuleSet.Create(RuleCatalog.BuiltIn, new RuleConfiguration
        {
            Rules = OnlyEmptyCatch().SetItem("DR3001", new RuleOverride(false, null, ImmutableDictionary<string, double>.Empty)),
        });

        var findings = await RuleHarness.FindingsAsync(rules, syntaxOnly: false, ("C.cs", Source));

        Assert.Empty(findings);
        Assert.NotEqual(RuleSet.Create(RuleCatalog.BuiltIn, new RuleConfiguration { Rules = OnlyEmptyCatch() }).Hash, rules.Hash);
    }

    [Fact]
    public async Task Scan_PathFilterExcludesFile_NoFindingThere()
    {
        var rules = RuleSet.Create(RuleCatalog.BuiltIn, new RuleConfiguration
        {
            Rules = OnlyEmptyCatch(),
            Exclude = ["gen/**"],
            PathFilter = path => !path.StartsWith("gen/", StringComparison.Ordinal),
        });

        var findings = await RuleHarness.FindingsAsync(rules, syntaxOnly: true, ("gen/C.cs", Source), ("src/C.cs", Source));

        Assert.All(findings, f => Assert.Equal("src/C.cs", f.Path));
        Assert.NotEmpty(findings);
    }

    [Fact]
    public async Task Fingerprint_CodeMovedDown_Unchanged()
    {
        var rules = RuleHarness.Only(null, "DR3001");
        var before = await RuleHarness.FindingsAsync(rules, syntaxOnly: true, ("C.cs", Source));
        var after = await RuleHarness.FindingsAsync(rules, syntaxOnly: true, ("C.cs", "\n\n// moved\n" + Source.Replace("{ }", "{   }", StringComparison.Ordinal)));

        Assert.Equal(before.Select(f => f.Fingerprint), after.Select(f => f.Fingerprint));
        Assert.NotEqual(before.Select(f => f.Line), after.Select(f => f.Line));
        Assert.Equal(before.Length, before.Select(f => f.Fingerprint).Distinct().Count());
    }

    [Fact]
    public void For_PragmasAmongOtherDirectivesCommentsAndStrings_OnlyRealPragmasCount()
    {
        const string Text = """
            #region setup
            class C
            {
                // #pragma warning disable DR3001
                string s = "#pragma warning disable DR3001";
                void A() { }
            #if NEVER
            #pragma warning disable DR3001
            #endif
                void B() { }
            #pragma warning disable DR3001 // the pragma above is not one
                void D() { }
            #pragma warning restore
                void E() { }
            #pragma warning disable 618, DR1001
                void F() { }
            }
            #endregion
            """;
        var root = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Text).GetRoot();
        var suppressions = Suppressions.For(root);
        int At(string member) => Text.IndexOf($"void {member}()", StringComparison.Ordinal);

        Assert.Equal(DirectiveChainPragmas(root), suppressions.Pragmas.Select(p => (p.Position, p.Disable)));
        Assert.False(suppressions.IsSuppressed("DR3001", At("A"), null));
        Assert.True(suppressions.IsSuppressed("DR3001", At("D"), null));
        Assert.False(suppressions.IsSuppressed("DR3001", At("E"), null));
        Assert.True(suppressions.IsSuppressed("CS0618", At("F"), null));
        Assert.True(suppressions.IsSuppressed("DR1001", At("F"), null));
        Assert.False(suppressions.IsSuppressed("DR3001", At("F"), null));
    }

    [Theory]
    [MemberData(nameof(RepositorySources))]
    public void For_RepositoryFile_FindsTheDirectiveChainsPragmas(string path)
    {
        var root = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();

        Assert.Equal(DirectiveChainPragmas(root), Suppressions.For(root).Pragmas.Select(p => (p.Position, p.Disable)));
    }

    public static TheoryData<string> RepositorySources() =>
        [.. Support.RepositorySources.Files("src").Where(f => File.ReadAllText(f).Contains('#', StringComparison.Ordinal))];

    // What Roslyn's directive chain holds: every #pragma warning, as the suppressions must see them.
    private static List<(int Position, bool Disable)> DirectiveChainPragmas(Microsoft.CodeAnalysis.SyntaxNode root)
    {
        var found = new List<(int, bool)>();
        for (var next = Microsoft.CodeAnalysis.CSharp.CSharpExtensions.GetFirstDirective(root); next is not null; next = next.GetNextDirective())
        {
            if (next is Microsoft.CodeAnalysis.CSharp.Syntax.PragmaWarningDirectiveTriviaSyntax pragma)
            {
                found.Add((pragma.SpanStart, Microsoft.CodeAnalysis.CSharpExtensions.IsKind(pragma.DisableOrRestoreKeyword, Microsoft.CodeAnalysis.CSharp.SyntaxKind.DisableKeyword)));
            }
        }

        return found;
    }

    private static ImmutableDictionary<string, RuleOverride> OnlyEmptyCatch() =>
        RuleCatalog.BuiltIn.Rules.ToImmutableDictionary(r => r.Id, r => new RuleOverride(r.Id == "DR3001", null, ImmutableDictionary<string, double>.Empty));
}
