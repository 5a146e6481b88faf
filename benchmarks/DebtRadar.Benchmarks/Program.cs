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
    public static int Main(string[] args)
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

        if (args is ["--analyse", var folder, ..])
        {
            var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
            Console.Write(FolderAnalysis.Run(folder, runs));
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
