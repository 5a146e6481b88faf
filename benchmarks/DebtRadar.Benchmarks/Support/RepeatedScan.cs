using System.Globalization;
using System.Text;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// The analyse phase of <c>debtradar scan</c>, run again and again in one process: each run loads the
/// target as the CLI does (syntax-only by default: read and parse every file; full: MSBuild and the
/// compilation) and measures it with the built-in rules, cold (no stored results, no load cache), and
/// reports the engine's own phase times. The first run pays the process's start-up inside its analyse
/// phase: the first execution of precompiled code, the generic code compiled on first use, type loads.
/// The last half of the runs is the rate after start-up, once the runtime has recompiled the hot
/// methods (tiered compilation): the figures of the performance issue's targets 2 and 5a.
/// <see cref="MachineScaling"/> tells how far the machine itself lets two jobs go.
/// </summary>
internal static class RepeatedScan
{
    /// <param name="target">A project, solution or folder, as <c>debtradar scan</c> takes it.</param>
    /// <param name="rounds">How many rounds; at least 2. The runtime recompiles hot methods for the first 30 to 60 short scans.</param>
    /// <param name="jobs">The <c>--jobs</c> values; each round scans once with each, in this order.</param>
    /// <param name="full">Full (semantic) scans instead of syntax-only ones.</param>
    /// <param name="framework">One target framework (<c>--framework</c>), or null for the default choice.</param>
    /// <exception cref="ArgumentException">The target is not a project, solution or folder <c>scan</c> takes.</exception>
    public static async Task<string> RunAsync(string target, int rounds, IReadOnlyList<int> jobs, bool full, string? framework)
    {
        var resolution = TargetResolver.Resolve(target);
        if (resolution.Error is { } error)
        {
            throw new ArgumentException(error.Message);
        }

        var rules = RuleSet.Create(RuleCatalog.BuiltIn);
        var loadOptions = new LoadOptions(!full, framework, TimeSpan.FromMinutes(5));
        var report = new StringBuilder();
        var wall = jobs.Select(_ => new List<double>()).ToArray();
        var cpu = jobs.Select(_ => new List<double>()).ToArray();
        var lines = 0;
        for (var round = 1; round <= rounds; round++)
        {
            for (var j = 0; j < jobs.Count; j++)
            {
                var scan = await ScanEngine.ScanAsync(
                    ProjectSources.Create(resolution, loadOptions), target, new ScanOptions(jobs[j]) { Rules = rules }, null, TimeProvider.System, CancellationToken.None);
                lines = scan.Projects.Sum(p => p.Files.Sum(f => f.SourceLines)); // the lines `scan` reports
                wall[j].Add(Phase(scan, "analyse"));
                cpu[j].Add(Phase(scan, "analyse:cpu"));
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"round {round}, --jobs {jobs[j]}: load {Phase(scan, "load"):F3} s, analyse {wall[j][^1]:F3} s (cpu {cpu[j][^1]:F3} s), {lines} lines");
            }
        }

        // Per core-second from the process's CPU time in the phase: the background recompilation of hot
        // methods counts against the rate until it ends, and a loaded machine does not lower it.
        var steady = new double[jobs.Count];
        for (var j = 0; j < jobs.Count; j++)
        {
            steady[j] = Statistics.Median(wall[j].Skip(rounds / 2));
            var steadyCpu = Statistics.Median(cpu[j].Skip(rounds / 2));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{(full ? "full" : "syntax-only")} --jobs {jobs[j]}, {lines} lines: first run {wall[j][0]:F3} s (cpu {cpu[j][0]:F3} s) = {lines / cpu[j][0]:F0} lines per core-second; " +
                $"rounds {rounds / 2 + 1}-{rounds}, median {steady[j]:F3} s (cpu {steadyCpu:F3} s) = {lines / steadyCpu:F0} lines per core-second after start-up");
        }

        for (var j = 1; j < jobs.Count; j++)
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"--jobs {jobs[0]} → {jobs[j]} after start-up: analyse phase {steady[0] / steady[j]:F2}× faster (medians of rounds {rounds / 2 + 1}-{rounds})");
        }

        return report.ToString();
    }

    private static double Phase(ScanResult scan, string name) =>
        scan.Phases.FirstOrDefault(t => t.Phase == name)?.Elapsed.TotalSeconds ?? double.NaN;
}
