using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.Files;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Host;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Turns one selected project into a <see cref="ProjectInput"/> with a compilation. Each project
/// gets a throw-away workspace holding only itself; its project references arrive as skeleton
/// images, so once the engine drops the input nothing keeps the compilation alive.
/// </summary>
internal sealed class ProjectCompiler(HostServices host, string repositoryRoot)
{
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
        var info = MeasurementOptions.For(project.Info.WithProjectReferences([]).WithMetadataReferences(references));
        Compilation compilation;
        ImmutableArray<DocumentInput> documents;
        using (var workspace = new AdhocWorkspace(host))
        {
            var loaded = workspace.AddProject(info);
            compilation = (await loaded.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            documents = await MeasuredDocumentsAsync(loaded, claims, owners, cancellationToken).ConfigureAwait(false);
        }

        var check = DegradationCheck.Evaluate(compilation, documents.Select(d => d.FullPath).ToHashSet(StringComparer.Ordinal), cancellationToken);
        if (check.Degraded)
        {
            mode = AnalysisMode.Degraded;
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.UnresolvedTypes, $"{project.Name}: {check.Errors} unresolved type names in {check.Files} of {documents.Length} files (e.g. {check.Example}); semantic metrics may be low.", path));
        }

        if (project.Frameworks.Length > 1)
        {
            diagnostics.Add(FrameworkNote(project, path));
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.Timing, string.Create(CultureInfo.InvariantCulture, $"{project.Name}: compilation and reference check {elapsed.TotalMilliseconds:F0} ms, {documents.Length} files."), path));
        return new ProjectInput(
            project.Name, path, project.Framework, mode, compilation, documents,
            project.DependencyNames,
            diagnostics.ToImmutable());
    }

    private static ScanDiagnostic FrameworkNote(SelectedProject project, string path) =>
        new(DiagnosticSeverity.Info, LoadDiagnosticCodes.Framework, $"{project.Name} targets {string.Join(", ", project.Frameworks)}; {project.Framework} was measured.", path);

    /// <summary>The project's own, hand-written files: generated and already-claimed files stay in the compilation only.</summary>
    private async Task<ImmutableArray<DocumentInput>> MeasuredDocumentsAsync(
        Project project, DocumentClaims claims, IReadOnlyDictionary<string, string> owners, CancellationToken cancellationToken)
    {
        var projectFolder = Path.GetDirectoryName(project.FilePath!)!;
        var result = ImmutableArray.CreateBuilder<DocumentInput>();
        foreach (var document in project.Documents.OrderBy(d => d.FilePath, StringComparer.Ordinal))
        {
            if (document.FilePath is not { } file
                || (owners.TryGetValue(file, out var owner) && !PathText.Comparer.Equals(owner, project.FilePath))
                || GeneratedCode.IsGeneratedPath(PathText.Relative(projectFolder, file)))
            {
                continue;
            }

            var tree = (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
            if (!GeneratedCode.HasGeneratedHeader(tree, cancellationToken) && claims.TryClaim(file))
            {
                result.Add(new DocumentInput(file, PathText.Relative(repositoryRoot, file), tree));
            }
        }

        return result.ToImmutable();
    }
}
