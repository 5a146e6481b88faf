using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.LoadCache;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Turns one selected project into a <see cref="ProjectInput"/> with a compilation, built directly
/// (<see cref="DirectCompilation"/>); its project references arrive as skeleton images, so once the
/// engine drops the input nothing keeps the compilation alive (except a <see cref="Reuse.CompilationReuse"/>,
/// which keeps each project's last one to derive the next from).
/// </summary>
internal sealed class ProjectCompiler(string repositoryRoot, LoadCacheSession? cache, Reuse.CompilationReuse? reuse = null)
{
    // Surfaces of the projects compiled so far (dependencies come first): a dependency's declarations
    // decide what resolves in its dependents, so they are part of a dependent's degradation key.
    private readonly System.Text.StringBuilder _upstream = new();

    public async Task<ProjectInput> CompileAsync(
        SelectedProject project,
        SkeletonCache skeletons,
        DocumentClaims claims,
        IReadOnlyDictionary<string, string> owners,
        ImmutableArray<ScanDiagnostic> loadDiagnostics,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var path = PathText.Relative(repositoryRoot, project.FilePath);
        var diagnostics = loadDiagnostics.ToBuilder();
        var resolved = await skeletons.ResolveAsync(project.Info, cancellationToken).ConfigureAwait(false);
        var mode = AnalysisMode.Full;
        if (resolved.UsedReferencePack)
        {
            mode = AnalysisMode.Degraded;
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.ReferencePack, $"{project.Name} has no resolved references (not restored?); the SDK's reference assemblies were used instead.", path));
        }

        foreach (var name in resolved.Unavailable)
        {
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.ReferenceUnavailable, $"{project.Name} references {name}, whose declarations are unavailable (it did not load).", path));
        }

        var references = resolved.References;
        var info = MeasurementOptions.For(project.Info);
        var (compilation, unreadable) = await DirectCompilation.CreateAsync(info, references, cancellationToken, reuse).ConfigureAwait(false);
        foreach (var (file, reason) in unreadable)
        {
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.FileUnreadable, $"{project.Name}: {reason}; compiled as empty.", PathText.Relative(repositoryRoot, file)));
        }

        var documents = MeasuredDocuments(compilation, project.FilePath, claims, owners, cancellationToken);

        // Without a cache (a cold scan) nothing reuses the surface, so it is not indexed here.
        var surface = cache is null ? null : DeclarationSurface.Index([.. compilation.SyntaxTrees], file => PathText.Relative(repositoryRoot, file), cancellationToken);
        var key = $"{cache?.Fingerprint}|{path}|{documents.Length}|{surface?.Hash}|{_upstream}";
        _upstream.Append(surface?.Hash).Append(';');
        var check = cache?.Degradation.TryGet(key);
        var checkStarted = Stopwatch.GetTimestamp();
        if (check is null)
        {
            check = DegradationCheck.Evaluate(compilation, documents.Select(d => d.FullPath).ToHashSet(StringComparer.Ordinal), cancellationToken);
            cache?.Degradation.Add(key, check);
        }

        var checkTime = Stopwatch.GetElapsedTime(checkStarted);
        if (check.Degraded)
        {
            mode = AnalysisMode.Degraded;
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.UnresolvedTypes, $"{project.Name}: {check.Errors} unresolved type names in {check.Files} of {documents.Length} files (e.g. {check.Example}); semantic metrics may be low{RestoreHint(project.FilePath)}.", path));
        }

        if (project.Frameworks.Length > 1)
        {
            diagnostics.Add(FrameworkNote(project, path));
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.Timing, string.Create(CultureInfo.InvariantCulture, $"{project.Name}: compilation and reference check {elapsed.TotalMilliseconds:F0} ms (check {checkTime.TotalMilliseconds:F0} ms), {documents.Length} files."), path));
        return new ProjectInput(
            project.Name, path, project.Framework, mode, compilation, documents,
            project.DependencyNames,
            diagnostics.ToImmutable())
        {
            Surface = surface,
        };
    }

    /// <summary>Unresolved names in a project without restore output usually mean it was never restored: say so.</summary>
    private static string RestoreHint(string projectFile) =>
        File.Exists(Path.Combine(Path.GetDirectoryName(projectFile)!, "obj", "project.assets.json"))
            ? string.Empty
            : " (no obj/project.assets.json beside the project: not restored? run `dotnet restore` first)";

    private static ScanDiagnostic FrameworkNote(SelectedProject project, string path) =>
        new(DiagnosticSeverity.Info, LoadDiagnosticCodes.Framework, $"{project.Name} targets {string.Join(", ", project.Frameworks)}; {project.Framework} was measured.", path);

    /// <summary>The project's own, hand-written files: generated and already-claimed files stay in the compilation only.</summary>
    private ImmutableArray<DocumentInput> MeasuredDocuments(
        Compilation compilation, string projectFile, DocumentClaims claims, IReadOnlyDictionary<string, string> owners, CancellationToken cancellationToken)
    {
        var projectFolder = Path.GetDirectoryName(projectFile)!;
        var result = ImmutableArray.CreateBuilder<DocumentInput>();
        foreach (var tree in compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            var file = tree.FilePath;
            if (!Path.IsPathRooted(file)
                || (owners.TryGetValue(file, out var owner) && !PathText.Comparer.Equals(owner, projectFile))
                || GeneratedCode.IsGeneratedPath(PathText.Relative(projectFolder, file)))
            {
                continue;
            }

            if (!GeneratedCode.HasGeneratedHeader(tree, cancellationToken) && claims.TryClaim(file))
            {
                result.Add(new DocumentInput(file, PathText.Relative(repositoryRoot, file), tree));
            }
        }

        return result.ToImmutable();
    }
}
