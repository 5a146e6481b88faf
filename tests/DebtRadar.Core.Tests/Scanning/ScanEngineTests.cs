using System.Collections.Concurrent;
using System.Text.Json;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Support;

namespace DebtRadar.Core.Tests.Scanning;

public sealed class ScanEngineTests
{
    private static (string, string)[] Sources(int count) =>
        [.. Enumerable.Range(0, count).Select(i => ($"src/F{i:D3}.cs", $$"""
            namespace N{{i % 3}};
            public partial class Shared { public int M{{i}}(int x) { if (x > {{i}} && x < 100) { return x ?? 0; } return x; } }
            public class C{{i}} : System.Collections.Generic.List<int>
            {
                private int _f;
                public int Get(bool a, bool b) { for (var k = 0; k < 3; k++) { _f += k; } return a || b ? _f : 0; }
            }
            """))];

    private static string Canonical(ScanResult scan) =>
        JsonSerializer.Serialize(scan with { Phases = [] });

    [Fact]
    public async Task ScanAsync_OneJobOrEight_IdenticalResults()
    {
        var sources = Sources(40);
        var one = await TestProjects.ScanAsync([TestProjects.Full("P", sources)], jobs: 1);
        var eight = await TestProjects.ScanAsync([TestProjects.Full("P", sources)], jobs: 8);

        Assert.Equal(Canonical(one), Canonical(eight));
        Assert.Equal(40, one.Projects[0].Files.Length);
    }

    [Fact]
    public async Task ScanAsync_OneLargeFileAmongSmallOnes_MembersSharedBetweenJobsGiveTheSameResults()
    {
        // One file of 300 members in three types (fields, calls between siblings, coupling): with two or
        // more jobs its members are measured on several threads and must be combined in source order.
        var members = string.Join('\n', Enumerable.Range(0, 100).Select(i => $$"""
                public int M{{i}}(System.Text.StringBuilder b) { if (_a > {{i}}) { _b += M{{(i + 1) % 100}}(b); } return b.Length + _a; }
            """));
        var large = string.Join('\n', Enumerable.Range(0, 3).Select(t => $$"""
            namespace Big;
            public class T{{t}}<TItem> : System.Collections.Generic.List<TItem>
            {
                private int _a, _b;
            {{members}}
                public System.IO.Stream? S{{t}} { get => null; set { _a = value is null ? 0 : 1; } }
            }
            """.Replace("namespace Big;", t == 0 ? "namespace Big;" : string.Empty, StringComparison.Ordinal)));
        var sources = Sources(8).Append(("src/Large.cs", large)).ToArray();

        var one = await TestProjects.ScanAsync([TestProjects.Full("P", sources)], jobs: 1);
        var two = await TestProjects.ScanAsync([TestProjects.Full("P", sources)], jobs: 2);
        var four = await TestProjects.ScanAsync([TestProjects.Full("P", sources)], jobs: 4);

        Assert.Equal(Canonical(one), Canonical(two));
        Assert.Equal(Canonical(one), Canonical(four));
        var file = one.Projects[0].Files.Single(f => f.Path == "src/Large.cs");
        Assert.Equal(306, file.Members.Length);
        Assert.Equal(["Big.T0<TItem>", "Big.T1<TItem>", "Big.T2<TItem>"], file.Types.Select(t => t.Name));
    }

    [Fact]
    public async Task ScanAsync_AnyScan_ReportsThePhasesAndWhatTheRuntimeSpentInTheAnalysePhase()
    {
        var scan = await TestProjects.ScanAsync([TestProjects.Full("P", Sources(3))]);

        // `scan -v` prints these; the GC's pauses counted in analyse:gc happened inside the analyse phase.
        Assert.Equal(["load", "analyse", "aggregate", "analyse:cpu", "analyse:jit", "analyse:gc"], scan.Phases.Select(p => p.Phase));
        Assert.All(scan.Phases, p => Assert.True(p.Elapsed >= TimeSpan.Zero, p.Phase));
        var analyse = scan.Phases.Single(p => p.Phase == "analyse").Elapsed;
        Assert.True(scan.Phases.Single(p => p.Phase == "analyse:gc").Elapsed <= analyse);
    }

    [Fact]
    public async Task ScanAsync_PartialTypeAcrossFiles_OneTypeRowAtItsFirstDeclaration()
    {
        var scan = await TestProjects.ScanAsync([TestProjects.Full("P", Sources(5))]);

        var shared = scan.Projects[0].Types.Where(t => t.Name.EndsWith(".Shared", StringComparison.Ordinal)).ToList();
        Assert.Equal(["N0.Shared", "N1.Shared", "N2.Shared"], shared.Select(t => t.Name).Order(StringComparer.Ordinal));
        var n0 = shared.Single(t => t.Name == "N0.Shared");
        Assert.Equal(("src/F000.cs", 2), (n0.File, n0.Line));
        Assert.Equal(2, n0.Members); // M0 and M3
    }

    [Fact]
    public async Task ScanAsync_FilesOrderedByPath_WhateverTheInputOrder()
    {
        var scan = await TestProjects.ScanAsync([TestProjects.Full("P", [.. Sources(12).Reverse()])], jobs: 4);

        var paths = scan.Projects[0].Files.Select(f => f.Path).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public async Task ScanAsync_WithCache_SecondScanReusesEveryUnchangedFileAndMatchesAFullScan()
    {
        var cache = new DictionaryCache();
        var sources = Sources(6);
        var first = await TestProjects.ScanAsync([TestProjects.Full("P", sources)], cache: cache);
        Assert.Equal(6, cache.Misses);

        // An edit inside one body: only that file is measured again.
        sources[2] = (sources[2].Item1, sources[2].Item2.Replace("return x;", "return x + 1;", StringComparison.Ordinal));
        var incremental = await TestProjects.ScanAsync([TestProjects.Full("P", sources)], cache: cache);
        var full = await TestProjects.ScanAsync([TestProjects.Full("P", sources)]);

        Assert.Equal(7, cache.Misses);
        Assert.Equal(5, cache.Hits);
        Assert.Equal(Canonical(full), Canonical(incremental));
        Assert.NotEqual(Canonical(first), Canonical(incremental));
    }

    [Fact]
    public async Task ScanAsync_SignatureEdits_MeasureAgainOnlyTheFilesThatNameTheDeclaration()
    {
        var cache = new DictionaryCache();
        var sources = Sources(4);
        await TestProjects.ScanAsync([TestProjects.Full("P", sources)], cache: cache);

        // A new type that no other file names: only its own file is measured again.
        sources[0] = (sources[0].Item1, sources[0].Item2 + "\npublic class Added { }");
        await TestProjects.ScanAsync([TestProjects.Full("P", sources)], cache: cache);
        Assert.Equal((3, 5), (cache.Hits, cache.Misses));

        // A new signature of a method every file names (Get): nothing may be reused.
        sources[1] = (sources[1].Item1, sources[1].Item2.Replace("Get(bool a, bool b)", "Get(bool a, bool b, int c = 0)", StringComparison.Ordinal));
        await TestProjects.ScanAsync([TestProjects.Full("P", sources)], cache: cache);
        Assert.Equal((3, 9), (cache.Hits, cache.Misses));
    }

    [Fact]
    public async Task ScanAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ScanEngine.ScanAsync(new SingleSource(TestProjects.Full("P", Sources(3))), "t", new ScanOptions(2), null, TimeProvider.System, cancellation.Token));
    }

    private sealed class DictionaryCache : IFileResultCache
    {
        private readonly ConcurrentDictionary<string, FileResult> _results = new();
        private int _hits;
        private int _misses;

        public int Hits => _hits;

        public int Misses => _misses;

        public FileResult? TryGet(FileResultKey key)
        {
            if (_results.TryGetValue(key.Id, out var result))
            {
                Interlocked.Increment(ref _hits);
                return result;
            }

            Interlocked.Increment(ref _misses);
            return null;
        }

        public void Add(FileResultKey key, FileResult result) => _results[key.Id] = result;
    }

    private sealed class SingleSource(ProjectInput project) : IProjectSource
    {
        public string RepositoryRoot => "/repo";

        public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return project;
        }
    }
}
