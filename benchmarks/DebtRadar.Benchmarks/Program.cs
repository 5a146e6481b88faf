using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DebtRadar.Benchmarks.Support;

namespace DebtRadar.Benchmarks;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--check", ..])
        {
            var lines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
            var problems = CorpusSelfCheck.Run(lines);
            foreach (var problem in problems)
            {
                Console.Error.WriteLine(problem);
            }

            Console.WriteLine(problems.Count == 0 ? $"corpus of {lines} lines: deterministic, compiles without errors" : "corpus check failed");
            return problems.Count == 0 ? 0 : 1;
        }

        if (args is ["--throughput", ..])
        {
            var lines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
            var repetitions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
            Console.Write(Throughput.Run(lines, repetitions));
            return 0;
        }

        // --analyse TARGET [ROUNDS] [JOBS,JOBS…] [--full] [--framework F]: the scan's analyse phase, again and again in one process.
        if (args is ["--analyse", var target, ..])
        {
            var positional = args.Skip(2).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
            var framework = args.SkipWhile(a => a != "--framework").Skip(1).FirstOrDefault();
            try
            {
                var rounds = positional.Length > 0 ? Math.Max(2, int.Parse(positional[0], CultureInfo.InvariantCulture)) : 40;
                int[] jobs = positional.Length > 1 ? [.. positional[1].Split(',').Select(j => Math.Max(1, int.Parse(j, CultureInfo.InvariantCulture)))] : [1];
                Console.Write(await RepeatedScan.RunAsync(target, rounds, jobs, args.Contains("--full"), framework));
                return 0;
            }
            catch (FormatException)
            {
                Console.Error.WriteLine("error: ROUNDS and JOBS are whole numbers: --analyse TARGET [ROUNDS] [JOBS,JOBS…]");
                return 2;
            }
            catch (ArgumentException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return 2;
            }
        }

        // --machine [N]: the machine's own 1 → 2 threads speed-up on arithmetic and on a walk through memory, N times.
        if (args is ["--machine", ..])
        {
            var times = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? Math.Max(1, n) : 10;
            Console.Write(MachineScaling.Report(times));
            return 0;
        }

        // --quick: one short in-process job (no generated project to build), for a first look at numbers.
        var quick = args.Contains("--quick");
        var config = quick
            ? ManualConfig.CreateMinimumViable().AddExporter(MarkdownExporter.GitHub).AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"))
            : DefaultConfig.Instance;
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Where(a => a != "--quick")], config);
        return 0;
    }
}
