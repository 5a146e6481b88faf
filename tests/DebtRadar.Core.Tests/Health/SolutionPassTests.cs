using System.Collections.Concurrent;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Rules;
using DebtRadar.Core.Tests.Support;

namespace DebtRadar.Core.Tests.Health;

/// <summary>The solution-wide pass through the real engine: clones across projects, reuse of cached results, health per file.</summary>
public sealed class SolutionPassTests
{
    private static string Copy(string name) => $$"""
        namespace Shop;

        public sealed class {{name}}
        {
            public int Score(int[] values, int limit)
            {
                var total = 0;
                foreach (var value in values)
                {
                    if (value > limit && value % 2 == 0)
                    {
                        total += value * 3;
                    }
                    else if (value < 0)
                    {
                        total -= value;
                    }
                }

                for (var i = 0; i < limit; i++)
                {
                    total += i;
                }

                return total > 1000 ? 1000 : total;
            }
        }
        """;

    private static ProjectInput[] Projects() =>
    [
        TestProjects.SyntaxOnly("A", ("src/A/First.cs", Copy("First")), ("src/A/Other.cs", "namespace Shop; public sealed class Other { public int X => 1; }")),
        TestProjects.SyntaxOnly("B", ("src/B/Second.cs", Copy("Second"))),
    ];

    [Fact]
    public async Task Scan_CopyInAnotherProject_OneGroupDuplicatedLinesAndFinding()
    {
        var scan = await RuleHarness.ScanAsync(RuleHarness.Only(new Dictionary<string, double> { ["minTokens"] = 60, ["minLines"] = 10 }, "DR1401"), Projects());

        var group = Assert.Single(scan.Clones);
        Assert.Equal(["src/A/First.cs", "src/B/Second.cs"], group.Places.Select(p => p.Path));
        var finding = Assert.Single(scan.Findings, f => f.RuleId == "DR1401");
        Assert.Equal("src/A/First.cs", finding.Path);
        Assert.Contains("src/A/First.cs:", finding.Message, StringComparison.Ordinal);
        Assert.Contains("src/B/Second.cs:", finding.Message, StringComparison.Ordinal);
        var files = scan.Projects.SelectMany(p => p.Files).ToDictionary(f => f.Path);
        Assert.Equal(group.Places[0].EndLine - group.Places[0].StartLine + 1, files["src/A/First.cs"].DuplicatedLines);
        Assert.Equal(0, files["src/A/Other.cs"].DuplicatedLines);
        Assert.Contains(files["src/A/First.cs"].HealthFactors, f => f.Factor == "duplication");
        Assert.Equal(10, files["src/A/Other.cs"].Health);
        Assert.Equal(scan.DuplicatedLines, files.Values.Sum(f => f.DuplicatedLines));
    }

    [Fact]
    public async Task Scan_RescanFromCache_StillFindsTheSameClones()
    {
        var cache = new MemoryCache();
        var rules = RuleHarness.Only(new Dictionary<string, double> { ["minTokens"] = 60, ["minLines"] = 10 }, "DR1401");
        var options = new ScanOptions(2, cache, rules.Hash, "test") { Rules = rules };

        var first = await ScanEngine.ScanAsync(new ListSource(Projects()), "test", options, null, TimeProvider.System, CancellationToken.None);
        var hitsBefore = cache.Hits;
        var second = await ScanEngine.ScanAsync(new ListSource(Projects()), "test", options, null, TimeProvider.System, CancellationToken.None);

        Assert.Equal(3, cache.Hits - hitsBefore);
        Assert.Equal(first.Clones.Select(c => c.Hash), second.Clones.Select(c => c.Hash));
        Assert.NotEmpty(second.Clones);
        Assert.Equal(first.DuplicatedLines, second.DuplicatedLines);
    }

    private sealed class MemoryCache : IFileResultCache
    {
        private readonly ConcurrentDictionary<string, FileResult> _results = new(StringComparer.Ordinal);
        private int _hits;

        public int Hits => Volatile.Read(ref _hits);

        public FileResult? TryGet(FileResultKey key)
        {
            var found = _results.GetValueOrDefault(key.Id);
            if (found is not null)
            {
                Interlocked.Increment(ref _hits);
            }

            return found;
        }

        public void Add(FileResultKey key, FileResult result) => _results[key.Id] = result;
    }

    private sealed class ListSource(IReadOnlyList<ProjectInput> projects) : IProjectSource
    {
        public string RepositoryRoot => "/repo";

        public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var project in projects)
            {
                await Task.Yield();
                yield return project;
            }
        }
    }
}
