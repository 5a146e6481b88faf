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

        // The project list is read first, without MSBuild: a solution naming no C# project has
        // nothing to evaluate, so neither the SDK query nor the BuildHost is worth starting.
        var listNotes = new List<ScanDiagnostic>();
        var projectFiles = target.Kind == TargetKind.LooseFolder ? [] : ProjectList.Read(target, listNotes);
        if (target.Kind != TargetKind.LooseFolder && projectFiles.IsEmpty)
        {
            listNotes.ForEach(diagnostics.Add);
            yield break;
        }

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

        // Added only now: the syntax-only fallback above reads the list again and reports it itself.
        listNotes.ForEach(diagnostics.Add);
        var session = new MSBuildLoadSession(target, options, sdk, new ReferencePack(sdk));
        await foreach (var input in session.LoadAsync(projectFiles, diagnostics, cancellationToken).ConfigureAwait(false))
        {
            yield return input;
        }
    }
}
