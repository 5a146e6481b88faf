using System.Collections.Concurrent;
using System.Collections.Immutable;
using DebtRadar.Workspace.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>What MSBuild evaluation produced for a target.</summary>
/// <param name="Projects">C# project infos, one per project file and framework.</param>
/// <param name="FailedFiles">Project files whose load threw, with the reason.</param>
/// <param name="Reports">What the workspace reported (kind, message), in order, deduplicated.</param>
/// <param name="EvaluationTime">MSBuild time per project file, summed over its frameworks.</param>
internal sealed record LoadedProjects(
    ImmutableArray<ProjectInfo> Projects,
    ImmutableDictionary<string, string> FailedFiles,
    ImmutableArray<(WorkspaceDiagnosticKind Kind, string Message)> Reports,
    ImmutableDictionary<string, TimeSpan> EvaluationTime);

/// <summary>
/// Runs MSBuild evaluation (in the out-of-process BuildHost) and returns project infos, not a
/// solution: the caller builds one small solution per project so that no workspace keeps every
/// compilation alive. Only touch this type after <see cref="MSBuildRegistration.Ensure"/>.
/// </summary>
internal sealed class MSBuildInfoLoader : IDisposable
{
    private readonly MSBuildWorkspace _workspace = MSBuildWorkspace.Create();
    private readonly ConcurrentQueue<WorkspaceDiagnostic> _reports = new();
    private readonly WorkspaceEventRegistration _handler;
    private readonly ImmutableDictionary<string, string> _globalProperties;

    /// <summary>The socket files of the BuildHosts started here, removed on <see cref="Dispose"/>.</summary>
    public BuildHostSockets Sockets { get; } = new();

    /// <param name="globalProperties">MSBuild global properties for every evaluation (the framework plan's).</param>
    public MSBuildInfoLoader(ImmutableDictionary<string, string> globalProperties)
    {
        // The loader, not the workspace, hands its properties to the BuildHost.
        _globalProperties = globalProperties;
        _handler = _workspace.RegisterWorkspaceFailedHandler(e => _reports.Enqueue(e.Diagnostic));
    }

    public async Task<LoadedProjects> LoadSolutionAsync(string solutionPath, CancellationToken cancellationToken)
    {
        var loader = new MSBuildProjectLoader(_workspace, _globalProperties);
        var timing = new TimingRecorder();
        using var watch = WatchBuildHosts();
        var solution = await loader.LoadSolutionInfoAsync(solutionPath, timing, msbuildLogger: null, cancellationToken).ConfigureAwait(false);
        return Result(solution.Projects, ImmutableDictionary<string, string>.Empty, timing);
    }

    /// <summary>Loads each project (and what it references) once; one project's failure does not stop the others.</summary>
    public async Task<LoadedProjects> LoadProjectsAsync(IEnumerable<string> projectPaths, CancellationToken cancellationToken)
    {
        var loader = new MSBuildProjectLoader(_workspace, _globalProperties);
        var timing = new TimingRecorder();
        using var watch = WatchBuildHosts();
        var map = ProjectMap.Create();
        var infos = new Dictionary<ProjectId, ProjectInfo>();
        var failed = ImmutableDictionary.CreateBuilder<string, string>(PathText.Comparer);
        foreach (var path in projectPaths)
        {
            try
            {
                foreach (var info in await loader.LoadProjectInfoAsync(path, map, timing, msbuildLogger: null, cancellationToken).ConfigureAwait(false))
                {
                    infos.TryAdd(info.Id, info);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The BuildHost throws (RemoteInvocationException, InvalidOperationException…) for
                // a missing SDK or an unreadable project: an expected failure, recorded as data.
                failed[path] = e.Message.Split('\n', 2)[0].Trim();
            }
        }

        return Result(infos.Values, failed.ToImmutable(), timing);
    }

    private LoadedProjects Result(IEnumerable<ProjectInfo> infos, ImmutableDictionary<string, string> failed, TimingRecorder timing) =>
        new(
            [.. infos.Where(i => i.Language == LanguageNames.CSharp)],
            failed,
            [.. _reports.Select(d => (d.Kind, d.Message)).Distinct()],
            timing.PerFile());

    public void Dispose()
    {
        _handler.Dispose();
        _workspace.Dispose();
        Sockets.RemoveLeftovers();
    }

    /// <summary>
    /// Notes the BuildHosts running under this process every 100 ms until disposed: each load call
    /// starts its own hosts (a solution's can start two, one living a fraction of a second), and only
    /// a running host's command line names its pipe.
    /// </summary>
    private Timer WatchBuildHosts() => new(_ => Sockets.NoteRunning(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));

    /// <summary>Records MSBuild's own per-project timings; reports arrive on the loader's threads.</summary>
    private sealed class TimingRecorder : IProgress<ProjectLoadProgress>
    {
        private readonly ConcurrentDictionary<string, TimeSpan> _times = new(PathText.Comparer);

        public void Report(ProjectLoadProgress value) =>
            _times.AddOrUpdate(value.FilePath, value.ElapsedTime, (_, t) => t + value.ElapsedTime);

        public ImmutableDictionary<string, TimeSpan> PerFile() => _times.ToImmutableDictionary(PathText.Comparer);
    }
}
