using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.Projects;
using DebtRadar.Workspace.SyntaxOnly;
using DebtRadar.Workspace.Targets;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Full loading. This type names no MSBuild type on purpose: MSBuild must be registered before
/// the first one loads, and the JIT loads the types a method mentions when it compiles it.
/// </summary>
internal sealed class FullProjectSource(TargetResolution target, LoadOptions options) : IProjectSource
{
    public string RepositoryRoot => target.RepositoryRoot;

    public async IAsyncEnumerable<ProjectInput> LoadAsync(
        ICollection<ScanDiagnostic> diagnostics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var (sdk, error) = MSBuildRegistration.Ensure();
        if (sdk is null)
        {
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.MSBuildUnavailable, $"MSBuild is unavailable ({error}); every project is scanned syntax-only."));
            await foreach (var input in new SyntaxOnlyProjectSource(target, options).LoadAsync(diagnostics, cancellationToken).ConfigureAwait(false))
            {
                yield return input;
            }

            yield break;
        }

        if (target.Kind == TargetKind.LooseFolder)
        {
            diagnostics.Add(SyntaxOnlyProjectSource.LooseFolderNote(target));
            yield return await LooseFolderCompiler.CompileAsync(target, new ReferencePack(sdk), cancellationToken).ConfigureAwait(false);
            yield break;
        }

        var projectFiles = ProjectList.Read(target, diagnostics);
        var session = new MSBuildLoadSession(target, options, sdk, new ReferencePack(sdk));
        await foreach (var input in session.LoadAsync(projectFiles, diagnostics, cancellationToken).ConfigureAwait(false))
        {
            yield return input;
        }
    }
}
