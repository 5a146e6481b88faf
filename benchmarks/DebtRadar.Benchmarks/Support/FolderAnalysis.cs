using System.Diagnostics;
using System.Globalization;
using System.Text;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;
using RuleSet = DebtRadar.Core.Rules.RuleSet;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// The analyse phase of <c>scan --syntax-only --jobs 1</c> over a folder's C# files (bin and obj
/// left out), repeated in one process: each run parses the files again (not timed, read from disk
/// as the syntax-only loader reads them) and measures every document with the built-in rules.
/// Prints, per run, the process's CPU time and the bytes the analysing thread allocated, which do
/// not depend on what else runs on the machine. The first run includes start-up costs (type loads,
/// generic instantiations); the later ones are the steady state.
/// </summary>
internal static class FolderAnalysis
{
    public static string Run(string folder, int runs)
    {
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var rules = RuleSet.Create(RuleCatalog.BuiltIn);
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var report = new StringBuilder();
        for (var run = 1; run <= runs; run++)
        {
            var documents = files.Select(f => Parse(folder, f, options)).ToArray();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var gen0 = GC.CollectionCount(0);
            var gen1 = GC.CollectionCount(1);
            var gen2 = GC.CollectionCount(2);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var lines = 0;
            foreach (var document in documents)
            {
                lines += DocumentAnalyzer.Analyze(document, null, AnalysisMode.SyntaxOnly, rules, CancellationToken.None).Lines;
            }

            var elapsed = clock.Elapsed;
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"run {run}: {lines} lines, cpu {cpuUsed.TotalMilliseconds:F0} ms, wall {elapsed.TotalMilliseconds:F0} ms, allocated {bytes / 1e6:F1} MB, " +
                $"gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, {lines / cpuUsed.TotalSeconds:F0} lines per cpu-second");
        }

        return report.ToString();
    }

    private static DocumentInput Parse(string folder, string path, CSharpParseOptions options)
    {
        using var stream = File.OpenRead(path);
        var text = SourceText.From(stream);
        var relative = Path.GetRelativePath(folder, path);
        return new DocumentInput(path, relative, CSharpSyntaxTree.ParseText(text, options, relative));
    }
}
