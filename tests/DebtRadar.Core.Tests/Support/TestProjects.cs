using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Core.Tests.Support;

/// <summary>In-memory projects for tests: sources compiled against the running framework's assemblies.</summary>
internal static class TestProjects
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    /// <summary>A full-mode project of the given files (path → source).</summary>
    public static ProjectInput Full(string name, params (string Path, string Source)[] files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Source, ParseOptions, f.Path)).ToImmutableArray();
        var compilation = CSharpCompilation.Create(name, trees, FrameworkReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new ProjectInput(name, $"{name}/{name}.csproj", "net10.0", AnalysisMode.Full, compilation,
            [.. trees.Select(t => new DocumentInput("/repo/" + t.FilePath, t.FilePath, t))], [], []);
    }

    /// <summary>A syntax-only project of the given files.</summary>
    public static ProjectInput SyntaxOnly(string name, params (string Path, string Source)[] files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Source, ParseOptions, f.Path)).ToImmutableArray();
        return new ProjectInput(name, $"{name}/{name}.csproj", null, AnalysisMode.SyntaxOnly, null,
            [.. trees.Select(t => new DocumentInput("/repo/" + t.FilePath, t.FilePath, t))], [], []);
    }

    /// <summary>The result of measuring one file in full mode.</summary>
    public static FileResult AnalyzeOne(string source, string path = "File.cs")
    {
        var project = Full("Test", (path, source));
        return DocumentAnalyzer.Analyze(project.Documents[0], project.Compilation, AnalysisMode.Full, CancellationToken.None);
    }

    public static Task<ScanResult> ScanAsync(IReadOnlyList<ProjectInput> projects, int jobs = 2, IFileResultCache? cache = null) =>
        ScanEngine.ScanAsync(new ListSource(projects), "test", new ScanOptions(jobs, cache, "config", "test"), null, TimeProvider.System, CancellationToken.None);

    private sealed class ListSource(IReadOnlyList<ProjectInput> projects) : IProjectSource
    {
        public string RepositoryRoot => "/repo";

        public async IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var project in projects)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.Yield();
                yield return project;
            }
        }
    }
}
