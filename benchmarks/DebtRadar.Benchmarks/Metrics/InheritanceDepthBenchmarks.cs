using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Depth of inheritance of every type (symbol walk in full mode).</summary>
[MemoryDiagnoser]
public class InheritanceDepthBenchmarks
{
    private MemberSet set = null!;

    [Params(AnalysisMode.SyntaxOnly, AnalysisMode.Full)]
    public AnalysisMode Mode { get; set; }

    [GlobalSetup]
    public void Setup() => set = MemberSet.Create(MemberSet.MetricCorpusLines, Mode);

    [Benchmark]
    public int Compute()
    {
        var sum = 0;
        foreach (var (declaration, symbol, _) in set.Types)
        {
            sum += InheritanceDepth.Compute(declaration, symbol);
        }

        return sum;
    }
}
