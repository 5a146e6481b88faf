using System.Globalization;
using DebtRadar.Core.Model;

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

    /// <summary>
    /// Analysis modes. <c>DEBTRADAR_BENCH_MODES=SyntaxOnly</c> leaves full mode out, whose in-process
    /// runs exceed BenchmarkDotNet's time limit for one benchmark on a machine shared with heavy work.
    /// </summary>
    public static IEnumerable<AnalysisMode> Modes =>
        Environment.GetEnvironmentVariable("DEBTRADAR_BENCH_MODES") is { Length: > 0 } modes
            ? modes.Split(',').Select(Enum.Parse<AnalysisMode>)
            : [AnalysisMode.SyntaxOnly, AnalysisMode.Full];
}
