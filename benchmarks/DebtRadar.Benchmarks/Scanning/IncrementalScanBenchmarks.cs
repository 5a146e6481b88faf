using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;

namespace DebtRadar.Benchmarks.Scanning;

/// <summary>
/// A rescan after a one-file body edit, with the results of the scan before the edit cached,
/// against a cold scan of the same edited corpus (the baseline). The cache is read-only during the
/// measured scans, so every iteration measures the edited file again (the ratio target is ≤ 10 %).
/// In full mode both scans build fresh compilations; the rescan saves the analysis of unchanged
/// files. The loading a real rescan also pays (MSBuild evaluation) is outside this benchmark.
/// </summary>
[MemoryDiagnoser]
public class IncrementalScanBenchmarks
{
    private Corpus edited = null!;
    private ReadOnlyCache warm = null!;

    [ParamsSource(nameof(Sizes))]
    public int Lines { get; set; }

    [Params(AnalysisMode.SyntaxOnly, AnalysisMode.Full)]
    public AnalysisMode Mode { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Lines;

    [GlobalSetup]
    public void Setup()
    {
        var original = Corpus.Create(Lines);
        edited = original.WithOneBodyEdit();
        var results = new ConcurrentDictionary<string, FileResult>(StringComparer.Ordinal);
        ScanEngine.ScanAsync(new InMemorySource(original, Mode), "corpus", new ScanOptions(2, new RecordingCache(results)), null, TimeProvider.System, CancellationToken.None)
            .GetAwaiter().GetResult();
        warm = new ReadOnlyCache(results);
    }

    [Benchmark(Baseline = true)]
    public Task<int> ColdScan() => ScanAsync(cache: null);

    [Benchmark]
    public Task<int> RescanAfterOneFileEdit() => ScanAsync(warm);

    private async Task<int> ScanAsync(IFileResultCache? cache)
    {
        var result = await ScanEngine.ScanAsync(new InMemorySource(edited, Mode), "corpus", new ScanOptions(2, cache), null, TimeProvider.System, CancellationToken.None);
        return result.Projects.Sum(p => p.Files.Length);
    }

    private sealed class RecordingCache(ConcurrentDictionary<string, FileResult> results) : IFileResultCache
    {
        public FileResult? TryGet(FileResultKey key) => results.GetValueOrDefault(key.Id);

        public void Add(FileResultKey key, FileResult result) => results[key.Id] = result;
    }

    private sealed class ReadOnlyCache(ConcurrentDictionary<string, FileResult> results) : IFileResultCache
    {
        public FileResult? TryGet(FileResultKey key) => results.GetValueOrDefault(key.Id);

        public void Add(FileResultKey key, FileResult result)
        {
            // Read-only: each iteration must measure the edited file again.
        }
    }
}
