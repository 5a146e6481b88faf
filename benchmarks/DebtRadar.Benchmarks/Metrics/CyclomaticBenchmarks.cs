using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Cyclomatic complexity of every member of the metric corpus (full mode reads the bound operations).</summary>
[MemoryDiagnoser]
public class CyclomaticBenchmarks
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
        foreach (var member in set.Members)
        {
            sum += CyclomaticComplexity.Compute(member);
        }

        return sum;
    }
}
