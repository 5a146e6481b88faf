using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Class coupling: the types each member and each type declaration uses (semantic; empty without a model).</summary>
public class ClassCouplingBenchmarks : MetricBenchmark
{
    [Benchmark]
    public double Members() => OverMembers(m => ClassCoupling.ForMember(m).Length);

    [Benchmark]
    public double Types() => OverTypes((d, s, model) => ClassCoupling.ForTypeDeclaration(d, s, model).Length);
}
