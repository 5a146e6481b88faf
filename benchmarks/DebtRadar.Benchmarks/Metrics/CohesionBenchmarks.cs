using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Cohesion inputs: the fields each member touches, and the instance fields of each type.</summary>
public class CohesionBenchmarks : MetricBenchmark
{
    [Benchmark]
    public double Extract() => Enumerable.Range(0, Set.Members.Length).Sum(i => Cohesion.Extract(Set.Members[i], "m", Set.ContainingTypes[i]).Fields.Length);

    [Benchmark]
    public double InstanceFields() => OverTypes((d, s, _) => Cohesion.InstanceFields(d, s).Length);
}
