using System.Collections.Concurrent;
using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.SyntaxOnly;

/// <summary>Parses a project's files without a compilation: the syntax-only mode and the fallback.</summary>
internal static class SyntaxOnlyLoader
{
    public static async Task<ProjectInput> LoadProjectAsync(
        ProjectFile project,
        string repositoryRoot,
        string? requestedFramework,
        DocumentClaims claims,
        IEnumerable<ScanDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var options = ParseOptions(project);
        var framework = project.TargetFrameworks.IsEmpty
            ? null
            : TargetFrameworks.Choose(project.TargetFrameworks, requestedFramework);
        var files = SourceFileEnumerator.EnumerateSources(project.Folder, stopAtNestedProjects: true)
            .Where(f => !GeneratedCode.IsGeneratedPath(PathText.Relative(project.Folder, f)));
        var problems = new ConcurrentBag<ScanDiagnostic>(diagnostics);
        var documents = await ParseAsync(files, options, repositoryRoot, claims, problems, cancellationToken).ConfigureAwait(false);
        return new ProjectInput(
            project.Name,
            PathText.Relative(repositoryRoot, project.FullPath),
            framework,
            AnalysisMode.SyntaxOnly,
            null,
            documents,
            [.. project.ProjectReferences.Select(Path.GetFileNameWithoutExtension).OfType<string>()],
            [.. problems.OrderBy(d => d.Code, StringComparer.Ordinal)]);
    }

    public static async Task<ProjectInput> LoadFolderAsync(
        string folder,
        string repositoryRoot,
        DocumentClaims claims,
        CancellationToken cancellationToken)
    {
        var files = SourceFileEnumerator.EnumerateSources(folder, stopAtNestedProjects: false)
            .Where(f => !GeneratedCode.IsGeneratedPath(PathText.Relative(folder, f)));
        var problems = new ConcurrentBag<ScanDiagnostic>();
        var documents = await ParseAsync(files, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), repositoryRoot, claims, problems, cancellationToken).ConfigureAwait(false);
        return new ProjectInput(
            Path.GetFileName(folder), string.Empty, null, AnalysisMode.SyntaxOnly, null, documents, [], [.. problems]);
    }

    public static CSharpParseOptions ParseOptions(ProjectFile project)
    {
        var version = project.LangVersion is not null && LanguageVersionFacts.TryParse(project.LangVersion, out var parsed)
            ? parsed
            : LanguageVersion.Latest;
        return CSharpParseOptions.Default
            .WithLanguageVersion(version)
            .WithPreprocessorSymbols(project.DefineConstants);
    }

    /// <summary>Reads and parses files in parallel; the result is sorted by path so it does not depend on scheduling.</summary>
    public static async Task<ImmutableArray<DocumentInput>> ParseAsync(
        IEnumerable<string> files,
        CSharpParseOptions options,
        string repositoryRoot,
        DocumentClaims claims,
        ConcurrentBag<ScanDiagnostic> problems,
        CancellationToken cancellationToken)
    {
        var claimed = files.Where(claims.TryClaim).ToList();
        var parsed = new ConcurrentBag<DocumentInput>();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(claimed, parallel, async (file, token) =>
        {
            var relative = PathText.Relative(repositoryRoot, file);
            try
            {
                SourceText text;
                var stream = File.OpenRead(file);
                await using (stream.ConfigureAwait(false))
                {
                    text = SourceText.From(stream);
                }

                var nesting = NestingEstimate.Of(text);
                if (nesting.TooDeep)
                {
                    problems.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.FileTooDeep, $"{relative} was not parsed: {nesting.Describe()}", relative));
                    return;
                }

                var tree = nesting.NeedsLargeStack
                    ? LargeStackThread.Run(() => CSharpSyntaxTree.ParseText(text, options, file, token))
                    : CSharpSyntaxTree.ParseText(text, options, file, token);
                if (!GeneratedCode.HasGeneratedHeader(tree, token))
                {
                    parsed.Add(new DocumentInput(file, relative, tree));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                problems.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.FileUnreadable, $"Cannot read {relative}: {e.Message}", relative));
            }
        }).ConfigureAwait(false);
        return [.. parsed.OrderBy(d => d.RelativePath, StringComparer.Ordinal)];
    }
}
