using System.Globalization;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// Corpus sizes in lines. <c>DEBTRADAR_BENCH_LINES=10000,200000</c> overrides the default; the
/// variable reaches the benchmark processes BenchmarkDotNet starts because they inherit the environment.
/// </summary>
internal static class BenchmarkSizes
{
    public static IEnumerable<int> Lines =>
        Environment.GetEnvironmentVariable("DEBTRADAR_BENCH_LINES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [10_000, 50_000];
}
