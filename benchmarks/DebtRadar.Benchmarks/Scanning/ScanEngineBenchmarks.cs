using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;

namespace DebtRadar.Benchmarks.Scanning;

/// <summary>
/// The whole engine over an in-memory corpus (no MSBuild): documents in parallel, aggregates, and in
/// full mode cold binding on fresh compilations. Jobs 1 vs 2 is the parallel speed-up; lines per
/// second per core is <c>Lines / Mean / Jobs</c>. Parsing is outside (see <see cref="RoslynPhaseBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
public class ScanEngineBenchmarks
{
    private Corpus corpus = null!;

    [ParamsSource(nameof(Sizes))]
    public int Lines { get; set; }

    [Params(1, 2)]
    public int Jobs { get; set; }

    [Params(AnalysisMode.SyntaxOnly, AnalysisMode.Full)]
    public AnalysisMode Mode { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Lines;

    [GlobalSetup]
    public void Setup() => corpus = Corpus.Create(Lines);

    [Benchmark]
    public async Task<int> Scan()
    {
        var result = await ScanEngine.ScanAsync(
            new InMemorySource(corpus, Mode), "/corpus/Synthetic.slnx", new ScanOptions(Jobs), null, TimeProvider.System, CancellationToken.None);
        return result.Projects.Sum(p => p.Files.Length);
    }
}
