using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Cohesion inputs: the fields each member touches, and the instance fields of each type.</summary>
[MemoryDiagnoser]
public class CohesionBenchmarks
{
    private MemberSet set = null!;

    [Params(AnalysisMode.SyntaxOnly, AnalysisMode.Full)]
    public AnalysisMode Mode { get; set; }

    [GlobalSetup]
    public void Setup() => set = MemberSet.Create(MemberSet.MetricCorpusLines, Mode);

    [Benchmark]
    public int Extract()
    {
        var sum = 0;
        for (var i = 0; i < set.Members.Length; i++)
        {
            sum += Cohesion.Extract(set.Members[i], "m", set.ContainingTypes[i]).Fields.Length;
        }

        return sum;
    }

    [Benchmark]
    public int InstanceFields()
    {
        var sum = 0;
        foreach (var (declaration, symbol, _) in set.Types)
        {
            sum += Cohesion.InstanceFields(declaration, symbol).Length;
        }

        return sum;
    }
}
