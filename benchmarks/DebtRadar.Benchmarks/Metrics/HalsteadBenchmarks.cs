using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;

namespace DebtRadar.Benchmarks.Metrics;

/// <summary>Halstead counts of every member: the Microsoft volume (operation-based in full mode) and the textbook token counts.</summary>
public class HalsteadBenchmarks : MetricBenchmark
{
    [Benchmark]
    public double MsVolume() => OverMembers(HalsteadCounter.MsVolume);

    [Benchmark]
    public double Textbook() => OverMembers(m => HalsteadCounter.Textbook(m).Volume);
}
