using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics.Clones;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>
/// The solution-wide clone pass over the synthetic corpus: tokenising every file (done once per file
/// during analysis, and stored with its result) and the group pass over all fingerprints (done once
/// per scan). Sizes from 50k to 200k lines show how the pass scales.
/// </summary>
[MemoryDiagnoser]
public class CloneDetectionBenchmarks
{
    private Corpus _corpus = null!;
    private List<(string Path, TokenFingerprint Tokens)> _fingerprints = null!;

    [Params(50_000, 100_000, 200_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Create(Lines);
        _fingerprints = Fingerprints();
    }

    [Benchmark]
    public int Tokenize() => Fingerprints().Sum(f => f.Tokens.Count);

    [Benchmark]
    public int FindGroups() => CloneDetector.Find(_fingerprints, CloneOptions.Default, CancellationToken.None).Length;

    private List<(string Path, TokenFingerprint Tokens)> Fingerprints() =>
        [.. _corpus.Trees.SelectMany(p => p).Select(t => (t.FilePath, CloneTokenizer.Fingerprint(t.GetRoot())))];
}
