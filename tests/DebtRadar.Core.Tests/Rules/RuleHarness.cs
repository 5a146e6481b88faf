using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Support;

namespace DebtRadar.Core.Tests.Rules;

/// <summary>Runs rules over in-memory sources through the real scan engine and collects findings of every scope.</summary>
internal static class RuleHarness
{
    /// <summary>The rule set of the built-in rules with these ids, parameters overridden.</summary>
    public static RuleSet Only(IReadOnlyDictionary<string, double>? parameters, params string[] ids) =>
        RuleSet.Create(RuleCatalog.BuiltIn, new RuleConfiguration
        {
            Rules = RuleCatalog.BuiltIn.Rules.ToImmutableDictionary(
                r => r.Id,
                r => new RuleOverride(ids.Contains(r.Id), null, (parameters ?? ImmutableDictionary<string, double>.Empty).ToImmutableDictionary())),
        });

    public static async Task<ImmutableArray<Finding>> FindingsAsync(RuleSet rules, bool syntaxOnly, params (string Path, string Source)[] files)
    {
        var project = syntaxOnly ? TestProjects.SyntaxOnly("Test", files) : TestProjects.Full("Test", files);
        var scan = await ScanAsync(rules, project);
        return All(scan);
    }

    public static Task<ScanResult> ScanAsync(RuleSet rules, params ProjectInput[] projects) =>
        ScanEngine.ScanAsync(new Source(projects), "test", new ScanOptions(1, null, rules.Hash, "test") { Rules = rules }, null, TimeProvider.System, CancellationToken.None);

    public static ImmutableArray<Finding> All(ScanResult scan) =>
        [.. scan.Projects.SelectMany(p => p.Files.SelectMany(f => f.Findings).Concat(p.Findings)).Concat(scan.Findings)];

    /// <summary>The source with <c>[|</c> and <c>|]</c> removed, and the 1-based line and column of <c>[|</c> (0, 0 when unmarked).</summary>
    public static (string Source, int Line, int Column) Unmark(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var source = marked.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);
        if (start < 0)
        {
            return (source, 0, 0);
        }

        var before = marked[..start];
        var line = before.Count(c => c == '\n') + 1;
        var column = start - (before.LastIndexOf('\n') + 1) + 1;
        return (source, line, column);
    }

    private sealed class Source(IReadOnlyList<ProjectInput> projects) : IProjectSource
    {
        public string RepositoryRoot => "/repo";

        public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var project in projects)
            {
                await Task.Yield();
                yield return project;
            }
        }
    }
}
