using System.Diagnostics;
using System.Globalization;
using System.Text;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// Lines per CPU-second of the scan engine, next to wall time. On a shared machine wall time says
/// how busy the neighbours are; the process's CPU time still says what a scan costs per core.
/// </summary>
internal static class Throughput
{
    public static string Run(int lines, int repetitions)
    {
        var corpus = Corpus.Create(lines);
        var table = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"corpus: {corpus.Lines} lines, {corpus.Solution.TotalFiles} files, {corpus.Solution.Projects.Length} projects; median of {repetitions} runs after one warm-up\n\n")
            .Append("| phase | mode | jobs | wall s | CPU s | lines per CPU-second |\n|---|---|---:|---:|---:|---:|\n");
        Row(table, "parse", "-", 1, corpus.Lines, repetitions, () => _ = corpus.Solution.Projects.Sum(p => p.Files.Sum(f =>
            CSharpSyntaxTree.ParseText(f.Text, Corpus.ParseOptions).GetRoot().FullSpan.Length)));
        foreach (var mode in new[] { AnalysisMode.SyntaxOnly, AnalysisMode.Full })
        {
            foreach (var jobs in new[] { 1, 2 })
            {
                Row(table, "scan engine", mode.ToString(), jobs, corpus.Lines, repetitions, () =>
                    ScanEngine.ScanAsync(new InMemorySource(corpus, mode), "corpus", new ScanOptions(jobs), null, TimeProvider.System, CancellationToken.None)
                        .GetAwaiter().GetResult());
            }
        }

        return table.ToString();
    }

    private static void Row(StringBuilder table, string phase, string mode, int jobs, int lines, int repetitions, Action action)
    {
        action();
        var walls = new List<double>();
        var cpus = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < repetitions; i++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            var wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            walls.Add(wall);
            cpus.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        var cpu = Statistics.Median(cpus);
        table.Append(CultureInfo.InvariantCulture, $"| {phase} | {mode} | {jobs} | {Statistics.Median(walls):F2} | {cpu:F2} | {lines / cpu:N0} |\n");
    }
}
