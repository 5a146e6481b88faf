using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Class coupling: the types each member and each type declaration uses (semantic; empty without a model).</summary>
[MemoryDiagnoser]
public class ClassCouplingBenchmarks
{
    private MemberSet set = null!;

    [Params(AnalysisMode.SyntaxOnly, AnalysisMode.Full)]
    public AnalysisMode Mode { get; set; }

    [GlobalSetup]
    public void Setup() => set = MemberSet.Create(MemberSet.MetricCorpusLines, Mode);

    [Benchmark]
    public int Members()
    {
        var sum = 0;
        foreach (var member in set.Members)
        {
            sum += ClassCoupling.ForMember(member).Length;
        }

        return sum;
    }

    [Benchmark]
    public int Types()
    {
        var sum = 0;
        foreach (var (declaration, symbol, model) in set.Types)
        {
            sum += ClassCoupling.ForTypeDeclaration(declaration, symbol, model).Length;
        }

        return sum;
    }
}
