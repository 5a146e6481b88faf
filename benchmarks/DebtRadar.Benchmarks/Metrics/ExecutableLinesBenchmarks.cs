using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Executable lines of every member (operation-based in full mode).</summary>
[MemoryDiagnoser]
public class ExecutableLinesBenchmarks
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
            sum += ExecutableLines.Compute(member);
        }

        return sum;
    }
}
