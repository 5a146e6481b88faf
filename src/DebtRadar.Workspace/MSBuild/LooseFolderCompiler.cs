using System.Collections.Concurrent;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.SyntaxOnly;
using DebtRadar.Workspace.Targets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// A folder of loose files has no project to say what it references: it is compiled against the
/// SDK's reference assemblies, and marked Degraded because anything beyond the BCL is unknown.
/// </summary>
internal static class LooseFolderCompiler
{
    public static async Task<ProjectInput> CompileAsync(TargetResolution target, ReferencePack pack, CancellationToken cancellationToken)
    {
        var parsed = await SyntaxOnlyLoader.LoadFolderAsync(target.TargetPath, target.RepositoryRoot, new DocumentClaims(), cancellationToken).ConfigureAwait(false);
        var trees = parsed.Documents.Select(d => d.Tree);
        var compilation = CSharpCompilation.Create(
            parsed.Name,
            trees,
            pack.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var problems = new ConcurrentBag<ScanDiagnostic>(parsed.Diagnostics)
        {
            new(DiagnosticSeverity.Info, LoadDiagnosticCodes.ReferencePack, "No project file: compiled against the SDK's reference assemblies only."),
        };
        return parsed with { Mode = AnalysisMode.Degraded, Compilation = compilation, Diagnostics = [.. problems] };
    }
}
