using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Cognitive complexity of every member of the metric corpus.</summary>
public class CognitiveBenchmarks : MetricBenchmark
{
    [Benchmark]
    public double Compute() => OverMembers(m => CognitiveComplexity.Compute(m));
}
