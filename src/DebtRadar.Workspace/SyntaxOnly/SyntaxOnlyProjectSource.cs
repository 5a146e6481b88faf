using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.Projects;
using DebtRadar.Workspace.Targets;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.SyntaxOnly;

/// <summary>Loads a target without evaluating any MSBuild: no SDK, no BuildHost, no targets run.</summary>
internal sealed class SyntaxOnlyProjectSource(TargetResolution target, LoadOptions options) : IProjectSource
{
    public string RepositoryRoot => target.RepositoryRoot;

    public async IAsyncEnumerable<ProjectInput> LoadAsync(
        ICollection<ScanDiagnostic> diagnostics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var claims = new DocumentClaims();
        if (target.Kind == TargetKind.LooseFolder)
        {
            diagnostics.Add(LooseFolderNote(target));
            yield return await SyntaxOnlyLoader.LoadFolderAsync(target.TargetPath, RepositoryRoot, claims, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        var projects = ProjectList.ReadOrdered(ProjectList.Read(target, diagnostics), RepositoryRoot, diagnostics);
        foreach (var project in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var problem = ProjectList.XmlProblem(project, RepositoryRoot);
            yield return await SyntaxOnlyLoader.LoadProjectAsync(
                project, RepositoryRoot, options.Framework, claims, problem is null ? [] : [problem], cancellationToken).ConfigureAwait(false);
        }
    }

    internal static ScanDiagnostic LooseFolderNote(TargetResolution target) =>
        new(DiagnosticSeverity.Info, LoadDiagnosticCodes.LooseFolder, $"No project in {PathText.Relative(target.RepositoryRoot, target.TargetPath)}: its .cs files are scanned as one project.");
}
