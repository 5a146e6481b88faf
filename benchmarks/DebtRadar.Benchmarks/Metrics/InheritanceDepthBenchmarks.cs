using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Depth of inheritance of every type (symbol walk in full mode).</summary>
public class InheritanceDepthBenchmarks : MetricBenchmark
{
    [Benchmark]
    public double Compute() => OverTypes((d, s, _) => InheritanceDepth.Compute(d, s));
}
