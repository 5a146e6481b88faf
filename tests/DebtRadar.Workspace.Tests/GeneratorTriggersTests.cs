using System.Collections.Immutable;
using DebtRadar.Workspace.MSBuild;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DebtRadar.Workspace.Tests;

/// <summary>
/// The targeting pack's generators are skipped only where they could not generate anything: checked
/// against the generators of the SDK these tests run on.
/// </summary>
public sealed class GeneratorTriggersTests
{
    private const string Plain = "namespace N; public partial class A { public int M(int x) => x + 1; }";
    private const string WithRegex = """
        using System.Text.RegularExpressions;
        namespace N;
        public partial class A { [GeneratedRegex("a+b")] private static partial Regex Pattern(); public bool M(string s) => Pattern().IsMatch(s); }
        """;

    [Fact]
    public void PackGenerators_OnSourceWithoutTheirAttributes_GenerateNothing()
    {
        var references = PackGeneratorReferences();
        var generators = references.SelectMany(r => r.GetGenerators(LanguageNames.CSharp)).ToImmutableArray();
        Assert.Equal(5, references.Count);
        Assert.All(references, r => Assert.NotEmpty(r.GetGenerators(LanguageNames.CSharp)));

        var result = CSharpGeneratorDriver.Create(generators).RunGenerators(Compilation(Plain)).GetRunResult();

        Assert.Empty(result.GeneratedTrees);
        Assert.All(references, r => Assert.NotNull(GeneratorTriggers.TriggersOf(r)));
    }

    [Fact]
    public void Needed_SourceWithoutTriggers_DropsPackGeneratorsAndKeepsOthers()
    {
        var other = new AnalyzerFileReference(Path.Combine(Path.GetTempPath(), "packages", "some.generators", "1.0.0", "Some.Generators.dll"), new AnalyzerLoader());
        var references = PackGeneratorReferences().Append<AnalyzerReference>(other).ToList();

        var needed = GeneratorTriggers.Needed(references, Compilation(Plain).SyntaxTrees.ToList(), CancellationToken.None);

        Assert.Equal([other], needed);
    }

    [Fact]
    public void Needed_SourceNamingGeneratedRegex_KeepsTheRegexGeneratorWhoseOutputIsThenTheSame()
    {
        var references = PackGeneratorReferences();
        var compilation = Compilation(WithRegex);

        var needed = GeneratorTriggers.Needed(references, compilation.SyntaxTrees.ToList(), CancellationToken.None);
        var all = Run(references, compilation);
        var filtered = Run(needed, compilation);

        Assert.Equal(["System.Text.RegularExpressions.Generator.dll"], needed.Select(r => Path.GetFileName(r.FullPath!)));
        Assert.NotEmpty(all);
        Assert.Equal(all, filtered);
    }

    private static string[] Run(IEnumerable<AnalyzerReference> references, Compilation compilation) =>
        [.. CSharpGeneratorDriver.Create([.. references.SelectMany(r => r.GetGenerators(LanguageNames.CSharp))])
            .RunGenerators(compilation).GetRunResult().GeneratedTrees.Select(t => t.GetText().ToString())];

    private static CSharpCompilation Compilation(string source) =>
        CSharpCompilation.Create(
            "Test",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), "A.cs")],
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>The generator assemblies of the newest Microsoft.NETCore.App.Ref pack beside the running runtime.</summary>
    private static List<AnalyzerReference> PackGeneratorReferences()
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = Directory.GetDirectories(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref")).Max(StringComparer.Ordinal)!;
        var loader = new AnalyzerLoader();
        return [.. Directory.GetFiles(Path.Combine(pack, "analyzers", "dotnet", "cs"), "*.dll")
            .Where(f => !Path.GetFileName(f).Equals("Microsoft.Interop.SourceGeneration.dll", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (AnalyzerReference)new AnalyzerFileReference(f, loader))];
    }
}
