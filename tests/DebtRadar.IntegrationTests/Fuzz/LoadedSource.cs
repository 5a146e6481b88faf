using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>Projects loaded once by the real loader, replayed to each pass so that hostile files are parsed once.</summary>
internal sealed class LoadedSource(string repositoryRoot, ImmutableArray<ProjectInput> projects, ImmutableArray<ScanDiagnostic> loadDiagnostics) : IProjectSource
{
    public string RepositoryRoot => repositoryRoot;

    public static async Task<LoadedSource> LoadAsync(IProjectSource source, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ScanDiagnostic>();
        var projects = ImmutableArray.CreateBuilder<ProjectInput>();
        await foreach (var project in source.LoadAsync(diagnostics, cancellationToken).ConfigureAwait(false))
        {
            projects.Add(project);
        }

        return new LoadedSource(source.RepositoryRoot, projects.ToImmutable(), [.. diagnostics]);
    }

    public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var diagnostic in loadDiagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        foreach (var project in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return project;
        }
    }
}
