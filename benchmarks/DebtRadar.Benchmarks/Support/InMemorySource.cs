using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// Feeds the scan engine a corpus the way the workspace loader would, minus MSBuild: in full mode
/// every scan gets fresh compilations, so binding starts cold as in a real first scan.
/// </summary>
internal sealed class InMemorySource(Corpus corpus, AnalysisMode mode) : IProjectSource
{
    public string RepositoryRoot => "/corpus";

    public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var compilations = mode == AnalysisMode.SyntaxOnly ? default : corpus.CreateCompilations();
        for (var k = 0; k < corpus.Trees.Length; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return Project(corpus, k, mode, compilations.IsDefault ? null : compilations[k]);
        }
    }

    public static ProjectInput Project(Corpus corpus, int index, AnalysisMode mode, Compilation? compilation)
    {
        var project = corpus.Solution.Projects[index];
        return new ProjectInput(
            project.Name,
            $"src/{project.Name}/{project.Name}.csproj",
            compilation is null ? null : "net10.0",
            mode,
            compilation,
            [.. corpus.Trees[index].Select(t => new DocumentInput("/corpus/" + t.FilePath, t.FilePath, t))],
            project.References,
            ImmutableArray<ScanDiagnostic>.Empty);
    }
}
