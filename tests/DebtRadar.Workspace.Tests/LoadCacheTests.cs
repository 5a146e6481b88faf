using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Workspace.Tests;

/// <summary>The load cache: a second full load of unchanged build inputs runs no MSBuild and compiles the same projects.</summary>
public sealed class LoadCacheTests
{
    [Fact]
    public async Task LoadAsync_UnchangedInputsInACopyElsewhere_SkipsMSBuildAndCompilesTheSame()
    {
        using var cache = new TempFolder();
        using var fixture = TempFolder.CopyOf("TwoProjects");
        var options = Loading.Full() with { CacheFolder = cache.Path };
        var (first, firstNotes) = await Loading.LoadAllAsync(fixture.Path, options);
        Assert.True(File.Exists(fixture.Combine("Lib/marker.txt")));
        Assert.Contains(firstNotes, d => d.Code == LoadDiagnosticCodes.Cache && d.Message.StartsWith("load cache stored", StringComparison.Ordinal));

        // Another folder holding the same files, as backfill's worktrees do: paths are stored relative to the root.
        using var copy = new TempFolder();
        CopyTree(fixture.Path, copy.Path);
        File.Delete(copy.Combine("Lib/marker.txt"));
        var (second, secondNotes) = await Loading.LoadAllAsync(copy.Path, options);

        Assert.False(File.Exists(copy.Combine("Lib/marker.txt")), "MSBuild ran a target although the cache should have answered");
        Assert.Contains(secondNotes, d => d.Code == LoadDiagnosticCodes.Cache && d.Message.StartsWith("load cache hit", StringComparison.Ordinal));
        Assert.Equal(first.Select(Describe), second.Select(Describe));
        var app = second[1];
        Assert.All(app.Documents, d => Assert.StartsWith(copy.Path, d.FullPath, StringComparison.Ordinal));
        var tree = app.Documents.Single().Tree;
        var greet = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single();
        Assert.Equal("Fixture.Lib.Greeter.Greet()", app.Compilation!.GetSemanticModel(tree).GetSymbolInfo(greet).Symbol?.ToDisplayString());
    }

    [Fact]
    public async Task LoadAsync_ProjectFileEdited_EvaluatesAgain()
    {
        using var cache = new TempFolder();
        using var fixture = TempFolder.CopyOf("TwoProjects");
        var options = Loading.Full() with { CacheFolder = cache.Path };
        await Loading.LoadAllAsync(fixture.Path, options);
        File.Delete(fixture.Combine("Lib/marker.txt"));
        File.AppendAllText(fixture.Combine("Lib/Lib.csproj"), "<!-- edited -->\n");

        var (_, notes) = await Loading.LoadAllAsync(fixture.Path, options);

        Assert.True(File.Exists(fixture.Combine("Lib/marker.txt")));
        Assert.Contains(notes, d => d.Code == LoadDiagnosticCodes.Cache && d.Message.StartsWith("load cache stale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_CorruptCacheFile_IsIgnoredWithANoteAndRewritten()
    {
        using var cache = new TempFolder();
        using var fixture = TempFolder.CopyOf("TwoProjects");
        var options = Loading.Full() with { CacheFolder = cache.Path };
        await Loading.LoadAllAsync(fixture.Path, options);
        foreach (var file in Directory.GetFiles(cache.Path))
        {
            File.WriteAllText(file, "{ not json");
        }

        var (projects, notes) = await Loading.LoadAllAsync(fixture.Path, options);

        Assert.Equal(["Lib", "App"], projects.Select(p => p.Name).ToArray());
        Assert.All(projects, p => Assert.Equal(AnalysisMode.Full, p.Mode));
        Assert.Contains(notes, d => d.Code == LoadDiagnosticCodes.Cache && d.Message.Contains("unreadable", StringComparison.Ordinal));
        Assert.Contains(notes, d => d.Code == LoadDiagnosticCodes.Cache && d.Message.StartsWith("load cache stored", StringComparison.Ordinal));
    }

    private static string Describe(ProjectInput project)
    {
        var compilation = project.Compilation!;
        var options = compilation.Options;
        var parse = project.Documents[0].Tree.Options;
        return string.Join(
            " | ",
            project.Name,
            project.Framework,
            project.Mode,
            string.Join(',', project.ProjectReferences),
            string.Join(',', project.Documents.Select(d => d.RelativePath)),
            string.Join(',', compilation.SyntaxTrees.Select(t => Path.GetFileName(t.FilePath))),
            compilation.References.Count(),
            compilation.AssemblyName,
            options.OutputKind,
            options.NullableContextOptions,
            ((CSharpCompilationOptions)options).AllowUnsafe,
            string.Join(',', parse.PreprocessorSymbolNames.Order(StringComparer.Ordinal)),
            ((CSharpParseOptions)parse).LanguageVersion);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
