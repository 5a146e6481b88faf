using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Cyclomatic complexity of every member of the metric corpus (full mode reads the bound operations).</summary>
public class CyclomaticBenchmarks : MetricBenchmark
{
    [Benchmark]
    public double Compute() => OverMembers(m => CyclomaticComplexity.Compute(m));
}
