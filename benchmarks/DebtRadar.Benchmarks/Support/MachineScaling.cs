using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// What the machine itself gives from 1 to 2 threads: the same fixed piece of work run on one thread
/// alone, then on two threads at once, each on its own data (nothing shared, nothing to wait for). A
/// virtual machine whose two cores slow each other down (a host that shares them, boost clocks that
/// hold only while one core is busy, one memory bus) gives less than 2×, and no program's speed-up can
/// exceed that. Two kinds of work: arithmetic in registers, and a random walk through 64 MiB, which
/// like a compiler's symbol tables waits on memory more than it computes.
/// </summary>
internal static class MachineScaling
{
    private const long ArithmeticSteps = 150_000_000;
    private const int WalkLength = 16 * 1024 * 1024; // ints: 64 MiB per thread, far beyond any cache
    private const int WalkSteps = 4_000_000;

    private static int[][]? walks;

    /// <summary>Two times one thread's time over the time of two threads doing the same work each.</summary>
    public static (double Arithmetic, double Memory) SpeedUp()
    {
        var cycles = walks ??= [RandomCycle(1), RandomCycle(2), RandomCycle(3)]; // built before any clock starts
        return (Ratio(i => Arithmetic((ulong)i + 1)), Ratio(i => Walk(cycles[i])));
    }

    /// <summary><paramref name="times"/> samples of <see cref="SpeedUp"/>, one line each, then their medians and ranges.</summary>
    public static string Report(int times)
    {
        var samples = Enumerable.Range(0, times).Select(_ => SpeedUp()).ToList();
        var report = new StringBuilder();
        foreach (var (arithmetic, memory) in samples)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"arithmetic {arithmetic:F2}×, memory walk {memory:F2}×");
        }

        var arithmetics = samples.Select(s => s.Arithmetic).ToList();
        var memories = samples.Select(s => s.Memory).ToList();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"the machine's own 1 → 2 threads, median of {times}: arithmetic {Statistics.Median(arithmetics):F2}× ({arithmetics.Min():F2}-{arithmetics.Max():F2}×), " +
            $"memory walk {Statistics.Median(memories):F2}× ({memories.Min():F2}-{memories.Max():F2}×)");
        return report.ToString();
    }

    private static double Ratio(Action<int> work)
    {
        var clock = Stopwatch.StartNew();
        work(0);
        var one = clock.Elapsed.TotalSeconds;
        clock.Restart();
        Parallel.For(1, 3, new ParallelOptions { MaxDegreeOfParallelism = 2 }, work);
        return 2 * one / clock.Elapsed.TotalSeconds;
    }

    private static void Arithmetic(ulong seed)
    {
        var x = seed;
        for (var i = 0L; i < ArithmeticSteps; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }

        GC.KeepAlive(x);
    }

    private static void Walk(int[] next)
    {
        var at = 0;
        for (var i = 0; i < WalkSteps; i++)
        {
            at = next[at];
        }

        GC.KeepAlive(at);
    }

    /// <summary>A permutation that is one cycle through every index (Sattolo's shuffle), from a fixed seed.</summary>
    private static int[] RandomCycle(int seed)
    {
        var next = new int[WalkLength];
        for (var i = 0; i < next.Length; i++)
        {
            next[i] = i;
        }

        var random = new Random(seed);
        for (var i = next.Length - 1; i > 0; i--)
        {
            var j = random.Next(i);
            (next[i], next[j]) = (next[j], next[i]);
        }

        return next;
    }
}
