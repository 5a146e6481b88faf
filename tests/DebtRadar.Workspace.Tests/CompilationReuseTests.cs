using DebtRadar.Workspace.MSBuild;
using DebtRadar.Workspace.Reuse;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Workspace.Tests;

/// <summary>A compilation derived from the previous load's equals one created from scratch, sharing what did not change.</summary>
public sealed class CompilationReuseTests
{
    private static readonly string CoreLibrary = typeof(object).Assembly.Location;

    [Fact]
    public async Task CreateAsync_SecondLoadWithAnEditAndAnAddedFile_KeepsUnchangedTreesAndReferencesAndMatchesAFreshCompilation()
    {
        using var folder = new TempFolder();
        var a = folder.Write("A.cs", "namespace N; public class A { public int M(B b) => b.Value + 1; }");
        var b = folder.Write("B.cs", "namespace N; public class B { public int Value => 2; }");
        var reuse = new CompilationReuse();

        var (first, _) = await DirectCompilation.CreateAsync(Project(a, b), [MetadataReference.CreateFromFile(CoreLibrary)], CancellationToken.None, reuse);
        File.WriteAllText(b, "namespace N; public class B { public string Value => \"x\"; }");
        var c = folder.Write("C.cs", "namespace N; public class C { public A A { get; } = new(); }");
        var (second, _) = await DirectCompilation.CreateAsync(Project(a, b, c), [MetadataReference.CreateFromFile(CoreLibrary)], CancellationToken.None, reuse);
        var (fresh, _) = await DirectCompilation.CreateAsync(Project(a, b, c), [MetadataReference.CreateFromFile(CoreLibrary)], CancellationToken.None);

        Assert.Equal(1, reuse.Derived);
        Assert.Equal(1, reuse.TreesReused);
        Assert.Same(first.SyntaxTrees[0], second.SyntaxTrees[0]);
        Assert.NotSame(first.SyntaxTrees[1], second.SyntaxTrees[1]);
        Assert.Same(Assert.Single(first.References), Assert.Single(second.References));
        Assert.Equal(fresh.SyntaxTrees.Select(t => (t.FilePath, t.ToString())), second.SyntaxTrees.Select(t => (t.FilePath, t.ToString())));
        Assert.Equal(fresh.Options, second.Options);

        // The edit is seen: A.M now adds an int to a string, as in the fresh compilation.
        Assert.Equal(Errors(fresh), Errors(second));
        Assert.Contains(Errors(second), e => e.StartsWith("CS0029", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_OtherLanguageVersion_ParsesEveryFileAgain()
    {
        using var folder = new TempFolder();
        var a = folder.Write("A.cs", "namespace N; public class A { }");
        var b = folder.Write("B.cs", "namespace N; public class B { }");
        var reuse = new CompilationReuse();

        await DirectCompilation.CreateAsync(Project(a, b), [], CancellationToken.None, reuse);
        var (second, _) = await DirectCompilation.CreateAsync(Project(a, b, LanguageVersion.CSharp10), [], CancellationToken.None, reuse);

        Assert.Equal(0, reuse.TreesReused);
        Assert.All(second.SyntaxTrees, t => Assert.Equal(LanguageVersion.CSharp10, ((CSharpParseOptions)t.Options).LanguageVersion));
    }

    private static ProjectInfo Project(string a, string b, LanguageVersion version) =>
        Project([a, b], version);

    private static ProjectInfo Project(params string[] files) => Project(files, LanguageVersion.Latest);

    private static ProjectInfo Project(string[] files, LanguageVersion version)
    {
        var id = ProjectId.CreateNewId();
        return ProjectInfo.Create(
            id,
            VersionStamp.Default,
            "P",
            "P",
            LanguageNames.CSharp,
            filePath: Path.Combine(Path.GetDirectoryName(files[0])!, "P.csproj"),
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(version),
            documents: files.Select(f => DocumentInfo.Create(DocumentId.CreateNewId(id), Path.GetFileName(f), loader: new FileTextLoader(f, defaultEncoding: null), filePath: f)));
    }

    private static string[] Errors(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Id} {d.Location.GetLineSpan()}").Order(StringComparer.Ordinal)];
}
