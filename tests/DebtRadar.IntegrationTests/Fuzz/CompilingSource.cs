using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>
/// The projects of another source, each compiled in memory against the running framework: the
/// semantic (full-mode) path of the metrics and rules, without running MSBuild.
/// </summary>
internal sealed class CompilingSource(IProjectSource inner) : IProjectSource
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    public string RepositoryRoot => inner.RepositoryRoot;

    public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var project in inner.LoadAsync(diagnostics, cancellationToken).ConfigureAwait(false))
        {
            var compilation = CSharpCompilation.Create(
                project.Name,
                project.Documents.Select(d => d.Tree),
                FrameworkReferences.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
            yield return project with { Mode = AnalysisMode.Full, Compilation = compilation };
        }
    }
}
