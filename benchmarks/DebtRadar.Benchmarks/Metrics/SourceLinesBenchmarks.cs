using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Line counts from syntax alone: source lines and NLOC of every member declaration.</summary>
[MemoryDiagnoser]
public class SourceLinesBenchmarks
{
    private MemberSet set = null!;

    public static AnalysisMode Mode => AnalysisMode.SyntaxOnly;

    [GlobalSetup]
    public void Setup() => set = MemberSet.Create(MemberSet.MetricCorpusLines, Mode);

    [Benchmark]
    public int Sloc()
    {
        var sum = 0;
        foreach (var member in set.Members)
        {
            sum += SourceLines.Compute(member.Declaration);
        }

        return sum;
    }

    [Benchmark]
    public int Nloc()
    {
        var sum = 0;
        foreach (var member in set.Members)
        {
            sum += Core.Metrics.Nloc.Compute(member.Declaration);
        }

        return sum;
    }
}
