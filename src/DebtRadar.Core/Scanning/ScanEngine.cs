using System.Collections.Immutable;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// The scan pipeline: projects one after another in the order the source yields them (dependency
/// order), the documents of each in parallel, then type, project and package aggregates. Each
/// project's input (and so its compilation) is released as soon as it is measured.
/// </summary>
public static class ScanEngine
{
    /// <summary>Measures every project of <paramref name="source"/>.</summary>
    /// <param name="source">Where projects come from.</param>
    /// <param name="target">The target as the user named it.</param>
    /// <param name="options">Parallelism and cache.</param>
    /// <param name="progress">Receives per-document progress; may be null.</param>
    /// <param name="time">The clock that times phases.</param>
    /// <param name="cancellationToken">Stops the scan; the exception propagates.</param>
    public static async Task<ScanResult> ScanAsync(
        IProjectSource source,
        string target,
        ScanOptions options,
        IProgress<ScanProgress>? progress,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var diagnostics = new List<ScanDiagnostic>();
        var projects = ImmutableArray.CreateBuilder<ProjectResult>();
        var projectHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var loadTime = TimeSpan.Zero;
        var analyseTime = TimeSpan.Zero;
        var analyseCpu = TimeSpan.Zero;
        var analyseJit = TimeSpan.Zero;
        var analyseGc = TimeSpan.Zero;

        var started = time.GetTimestamp();
        await foreach (var project in source.LoadAsync(diagnostics, cancellationToken).ConfigureAwait(false))
        {
            loadTime += time.GetElapsedTime(started);
            var analyseStarted = time.GetTimestamp();
            var cpuStarted = Environment.CpuUsage.TotalTime;
            var jitStarted = System.Runtime.JitInfo.GetCompilationTime();
            var gcStarted = GC.GetTotalPauseDuration();
            var inputs = options.Cache is null ? null : ProjectInputsHash.Compute(project, projectHashes, cancellationToken);
            projectHashes[project.Name] = inputs?.Hash ?? string.Empty;
            var files = await Task.Run(
                () => MeasureDocuments(project, projects.Count + 1, inputs, options, progress, cancellationToken),
                cancellationToken).ConfigureAwait(false);

            var types = TypeAggregation.Aggregate(project.Name, files);
            projects.Add(new ProjectResult(
                project.Name,
                project.ProjectPath,
                project.Framework,
                project.Mode,
                project.ProjectReferences,
                files,
                types,
                project.Diagnostics)
            {
                Findings = RuleRunner.ForTypes(options.Rules, files, types, project.Documents.ToDictionary(d => d.RelativePath, d => d.Tree, StringComparer.Ordinal), cancellationToken),
            });
            analyseTime += time.GetElapsedTime(analyseStarted);
            analyseCpu += Environment.CpuUsage.TotalTime - cpuStarted;
            analyseJit += System.Runtime.JitInfo.GetCompilationTime() - jitStarted;
            analyseGc += GC.GetTotalPauseDuration() - gcStarted;
            started = time.GetTimestamp();
        }

        var aggregateStarted = time.GetTimestamp();
        var all = projects.ToImmutable();
        var namespaces = PackageDependencies.ByNamespace(all);
        var projectPackages = PackageDependencies.ByProject(all);
        var namespaceCycles = PackageDependencies.Cycles(PackageDependencies.NamespaceGraph(all));
        var projectCycles = PackageDependencies.Cycles(PackageDependencies.ProjectGraph(all));
        var aggregateTime = time.GetElapsedTime(aggregateStarted);

        var scan = new ScanResult(
            target,
            source.RepositoryRoot,
            all,
            namespaces,
            projectPackages,
            namespaceCycles,
            projectCycles,
            [.. diagnostics],
            [
                new PhaseTiming("load", loadTime),
                new PhaseTiming("analyse", analyseTime),
                new PhaseTiming("aggregate", aggregateTime),

                // The process's CPU time (every thread: workers, GC, JIT) while the analyse phase ran:
                // against its wall time, how well the jobs kept the cores busy, even on a loaded machine.
                new PhaseTiming("analyse:cpu", analyseCpu),

                // Code compiled on first use inside the phase (what a fresh process pays and a long-running
                // one would not), and the GC's stops of every thread (the part of the phase no second job
                // can share): docs/decisions/0053.
                new PhaseTiming("analyse:jit", analyseJit),
                new PhaseTiming("analyse:gc", analyseGc),
            ]);
        return Health.SolutionPass.Run(scan, options, cancellationToken);
    }

    private static ImmutableArray<FileResult> MeasureDocuments(
        ProjectInput project,
        int projectNumber,
        ProjectInputs? inputs,
        ScanOptions options,
        IProgress<ScanProgress>? progress,
        CancellationToken cancellationToken)
    {
        var documents = project.Documents;
        var results = new FileResult[documents.Length];
        var done = 0;
        var reused = 0;

        // Largest first, so that the last document to finish is a small one.
        var order = Enumerable.Range(0, documents.Length).OrderByDescending(i => documents[i].Tree.Length).ToArray();
        SharedWork.Run(order, options.Jobs, (i, memberLoop) =>
        {
            var document = documents[i];
            if (options.Cache is { } cache && inputs is not null)
            {
                // The file's own text, and of the project only what the file can bind to.
                var key = new FileResultKey(
                    Convert.ToHexStringLower(document.Tree.GetText(cancellationToken).GetContentHash().AsSpan()),
                    inputs.ForDocument(document, cancellationToken),
                    options.ConfigurationHash,
                    options.ToolVersion);
                if (cache.TryGet(key) is { } stored)
                {
                    results[i] = Relocate(stored, document.RelativePath);
                    Interlocked.Increment(ref reused);
                }
                else
                {
                    results[i] = GuardedAnalysis.Analyze(document, project.Compilation, project.Mode, options.Rules, memberLoop, cancellationToken);
                    cache.Add(key, results[i]);
                }
            }
            else
            {
                results[i] = GuardedAnalysis.Analyze(document, project.Compilation, project.Mode, options.Rules, memberLoop, cancellationToken);
            }

            var finished = Interlocked.Increment(ref done);
            progress?.Report(new ScanProgress(project.Name, projectNumber, finished, documents.Length, Volatile.Read(ref reused)));
        }, cancellationToken);

        return [.. results.OrderBy(r => r.Path, StringComparer.Ordinal)];
    }

    /// <summary>The same content seen at another path (a moved or copied file) keeps its measurements.</summary>
    private static FileResult Relocate(FileResult stored, string path) =>
        stored.Path == path
            ? stored
            : stored with
            {
                Path = path,
                Diagnostics = [.. stored.Diagnostics.Select(d => d.Path == stored.Path ? d with { Path = path } : d)],
            };
}
