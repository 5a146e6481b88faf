using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Cognitive complexity of every member of the metric corpus.</summary>
[MemoryDiagnoser]
public class CognitiveBenchmarks
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
            sum += CognitiveComplexity.Compute(member);
        }

        return sum;
    }
}
