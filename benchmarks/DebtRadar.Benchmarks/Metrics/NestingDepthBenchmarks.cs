using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Nesting depth and parameter count of every member, from syntax alone.</summary>
[MemoryDiagnoser]
public class NestingDepthBenchmarks
{
    private MemberSet set = null!;

    public static AnalysisMode Mode => AnalysisMode.SyntaxOnly;

    [GlobalSetup]
    public void Setup() => set = MemberSet.Create(MemberSet.MetricCorpusLines, Mode);

    [Benchmark]
    public int Nesting()
    {
        var sum = 0;
        foreach (var member in set.Members)
        {
            sum += NestingDepth.Compute(member.Declaration);
        }

        return sum;
    }

    [Benchmark]
    public int Parameters()
    {
        var sum = 0;
        foreach (var member in set.Members)
        {
            sum += ParameterCount.Compute(member.Declaration);
        }

        return sum;
    }
}
