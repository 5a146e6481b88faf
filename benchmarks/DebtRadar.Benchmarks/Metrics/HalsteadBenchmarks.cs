using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Halstead counts of every member: the Microsoft volume (operation-based in full mode) and the textbook token counts.</summary>
[MemoryDiagnoser]
public class HalsteadBenchmarks
{
    private MemberSet set = null!;

    [Params(AnalysisMode.SyntaxOnly, AnalysisMode.Full)]
    public AnalysisMode Mode { get; set; }

    [GlobalSetup]
    public void Setup() => set = MemberSet.Create(MemberSet.MetricCorpusLines, Mode);

    [Benchmark]
    public double MsVolume()
    {
        var sum = 0d;
        foreach (var member in set.Members)
        {
            sum += HalsteadCounter.MsVolume(member);
        }

        return sum;
    }

    [Benchmark]
    public double Textbook()
    {
        var sum = 0d;
        foreach (var member in set.Members)
        {
            sum += HalsteadCounter.Textbook(member).Volume;
        }

        return sum;
    }
}
