using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Executable lines of every member (operation-based in full mode).</summary>
public class ExecutableLinesBenchmarks : MetricBenchmark
{
    [Benchmark]
    public double Compute() => OverMembers(m => ExecutableLines.Compute(m));
}
