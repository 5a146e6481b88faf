using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.LoadCache;
using DebtRadar.Workspace.Projects;
using DebtRadar.Workspace.SyntaxOnly;
using DebtRadar.Workspace.Targets;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// One full load: evaluate every project with MSBuild, then compile and yield them one at a time
/// in dependency order; a project MSBuild could not load is parsed syntax-only instead.
/// </summary>
internal sealed class MSBuildLoadSession(TargetResolution target, LoadOptions options, SdkInstance sdk, ReferencePack referencePack)
{
    private string Root => target.RepositoryRoot;

    public async IAsyncEnumerable<ProjectInput> LoadAsync(
        ImmutableArray<string> projectFiles,
        ICollection<ScanDiagnostic> diagnostics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Made only when MSBuild evaluates (a load-cache miss); kept to the end, as its document loaders need it.
        var plan = FrameworkPlan.Create(projectFiles, Root, options.Framework);
        using var loader = new LazyInfoLoader(plan.GlobalProperties(Path.GetDirectoryName(typeof(FrameworkPlan).Assembly.Location)));

        // The plan changes what is evaluated, so it is part of the build inputs.
        var cache = options.CacheFolder is { } folder
            ? new LoadCacheSession(folder, Root, target.TargetPath, projectFiles, string.IsNullOrEmpty(plan.Key) ? sdk.Version.ToString() : $"{sdk.Version}\tframeworks {plan.Key}", diagnostics, cancellationToken)
            : null;
        var (loaded, fatal) = await EvaluateAsync(loader, cache, projectFiles, diagnostics, cancellationToken).ConfigureAwait(false);
        var selected = WithoutEmptyFailures(ProjectSelection.Select(loaded.Projects, options.Framework, PathText.Comparer, plan.Declared), loaded);
        var xmlFiles = projectFiles.Where(f => !selected.ContainsKey(f)).ToDictionary(f => f, ProjectFileReader.Read, PathText.Comparer);
        var inTarget = projectFiles.ToHashSet(PathText.Comparer);
        var keys = projectFiles.Concat(selected.Keys.Where(k => !inTarget.Contains(k)).Order(StringComparer.Ordinal)).ToList();
        var (order, cycles) = DependencyOrder.Sort(
            keys,
            k => selected.TryGetValue(k, out var s) ? s.Dependencies : xmlFiles[k].ProjectReferences,
            PathText.Comparer);
        foreach (var (from, to) in cycles)
        {
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.ReferenceCycle, $"Project references form a cycle: {Path.GetFileName(from)} -> {Path.GetFileName(to)} was ignored for ordering.", PathText.Relative(Root, from)));
        }

        var compiler = new ProjectCompiler(Root, cache, options.Reuse);
        var skeletons = new SkeletonCache(loaded.Projects.ToDictionary(p => p.Id), referencePack);
        var referenced = loaded.Projects.SelectMany(p => p.ProjectReferences).Select(r => r.ProjectId).ToHashSet();
        var claims = new DocumentClaims();
        var owners = DocumentOwnership.Assign(order
            .Where(f => inTarget.Contains(f) && selected.ContainsKey(f))
            .Select(f => (f, selected[f].Info.Documents.Select(d => d.FilePath).OfType<string>())));
        foreach (var file in order.Where(inTarget.Contains))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!selected.TryGetValue(file, out var project))
            {
                yield return await FallbackAsync(xmlFiles[file], loaded, fatal, claims, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var input = await compiler.CompileAsync(project, skeletons, claims, owners, EvaluationNote(loaded, project), cancellationToken).ConfigureAwait(false);
            yield return input;

            // Emitted after the engine is done with the project: its declarations are bound by then.
            if (referenced.Contains(project.Info.Id) && skeletons.Add(project.Info.Id, input.Compilation!, cancellationToken) is { } error)
            {
                diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.ReferenceUnavailable, $"{project.Name}: declarations could not be emitted for its dependents ({error}).", input.ProjectPath));
            }
        }

        if (cache?.Degradation.Save() is { } saveError)
        {
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.Cache, $"Degradation outcomes not stored: {saveError}."));
        }
    }

    private async Task<(LoadedProjects Loaded, string? Fatal)> EvaluateAsync(
        LazyInfoLoader loader, LoadCacheSession? cache, ImmutableArray<string> projectFiles, ICollection<ScanDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (cache?.TryLoad(diagnostics) is { } cached)
        {
            AddReports(cached, diagnostics);
            return (cached, null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.LoadTimeout);
        var started = TimeProvider.System.GetTimestamp();
        LoadedProjects loaded;
        string? fatal = null;
        try
        {
            // WaitAsync: the BuildHost does not abandon an evaluation blocked in the OS (an import
            // that never finishes opening), so the timeout stops waiting for it instead.
            loaded = await (target.Kind == TargetKind.Solution
                    ? loader.Value.LoadSolutionAsync(target.TargetPath, timeout.Token)
                    : loader.Value.LoadProjectsAsync(projectFiles, timeout.Token))
                .WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            fatal = string.Create(CultureInfo.InvariantCulture, $"MSBuild evaluation exceeded the load timeout ({options.LoadTimeout.TotalSeconds:F0} s)");
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.Timeout, fatal + "; projects are scanned syntax-only."));
            loader.Value.Sockets.Note(AbandonedBuildHosts.Kill());
            loaded = Empty;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A global.json pinning a missing SDK surfaces here as a RemoteInvocationException.
            fatal = e.Message.Split('\n', 2)[0].Trim();
            loaded = Empty;
        }

        AddReports(loaded, diagnostics);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.Timing, string.Create(CultureInfo.InvariantCulture, $"MSBuild evaluation: {elapsed.TotalMilliseconds:F0} ms for {loaded.Projects.Length} project configurations.")));

        // A timed-out or failed evaluation is not worth keeping: the next scan should try again.
        if (fatal is null)
        {
            cache?.Store(loaded, diagnostics);
        }

        return (loaded, fatal);
    }

    private void AddReports(LoadedProjects loaded, ICollection<ScanDiagnostic> diagnostics)
    {
        foreach (var (kind, message) in loaded.Reports)
        {
            diagnostics.Add(WorkspaceDiagnosticClassifier.Classify(kind, message, Root));
        }
    }

    private static LoadedProjects Empty { get; } = new([], ImmutableDictionary<string, string>.Empty, [], ImmutableDictionary<string, TimeSpan>.Empty);

    private ImmutableArray<ScanDiagnostic> EvaluationNote(LoadedProjects loaded, SelectedProject project) =>
        loaded.EvaluationTime.TryGetValue(project.FilePath, out var time)
            ? [new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.Timing, string.Create(CultureInfo.InvariantCulture, $"{project.Name}: MSBuild {time.TotalMilliseconds:F0} ms over {Math.Max(1, Configurations(loaded, project))} framework(s)."), PathText.Relative(Root, project.FilePath))]
            : [];

    // Configurations evaluated, not declared: a project evaluated for its measured framework only (FrameworkPlan) had one.
    private static int Configurations(LoadedProjects loaded, SelectedProject project) =>
        loaded.Projects.Count(p => p.FilePath is { } file && PathText.Comparer.Equals(file, project.FilePath));

    /// <summary>
    /// A project file MSBuild cannot parse still comes back as an empty project, its failure
    /// reported beside it; such a project is treated as not loaded, so its files are parsed.
    /// </summary>
    private static ImmutableDictionary<string, SelectedProject> WithoutEmptyFailures(ImmutableDictionary<string, SelectedProject> selected, LoadedProjects loaded) =>
        selected.RemoveRange(selected
            .Where(p => p.Value.Info.Documents.Count == 0
                        && loaded.Reports.Any(r => r.Kind == WorkspaceDiagnosticKind.Failure && r.Message.Contains(p.Key, StringComparison.Ordinal)))
            .Select(p => p.Key));

    private async Task<ProjectInput> FallbackAsync(ProjectFile project, LoadedProjects loaded, string? fatal, DocumentClaims claims, CancellationToken cancellationToken)
    {
        var path = PathText.Relative(Root, project.FullPath);
        var reason = fatal
            ?? loaded.FailedFiles.GetValueOrDefault(project.FullPath)
            ?? loaded.Reports.Select(r => r.Message).FirstOrDefault(m => m.Contains(project.FullPath, StringComparison.Ordinal))?.Split('\n', 2)[0].Trim()
            ?? "MSBuild returned no C# project for it";
        var problems = new List<ScanDiagnostic>
        {
            new(DiagnosticSeverity.Warning, LoadDiagnosticCodes.ProjectFailed, $"{project.Name} could not be loaded by MSBuild ({reason}); its files were parsed syntax-only.", path),
        };
        if (ProjectList.XmlProblem(project, Root) is { } xml)
        {
            problems.Add(xml);
        }

        return await SyntaxOnlyLoader.LoadProjectAsync(project, Root, options.Framework, claims, problems, cancellationToken).ConfigureAwait(false);
    }

    private sealed class LazyInfoLoader(ImmutableDictionary<string, string> globalProperties) : IDisposable
    {
        private MSBuildInfoLoader? _value;

        public MSBuildInfoLoader Value => _value ??= new MSBuildInfoLoader(globalProperties);

        public void Dispose() => _value?.Dispose();
    }
}
