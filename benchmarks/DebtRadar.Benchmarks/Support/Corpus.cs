using System.Collections.Immutable;
using DebtRadar.SyntheticCorpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Benchmarks.Support;

/// <summary>A generated solution, parsed: what the engine benchmarks feed the scan without MSBuild.</summary>
internal sealed class Corpus
{
    // Seed fixed for every benchmark, so numbers of different runs measure the same code.
    public const int Seed = 1;

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    private Corpus(SyntheticSolution solution, ImmutableArray<ImmutableArray<SyntaxTree>> trees)
    {
        Solution = solution;
        Trees = trees;
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);

    public static ImmutableArray<MetadataReference> FrameworkReferences => Framework.Value;

    public SyntheticSolution Solution { get; }

    /// <summary>Parsed trees per project, in project order.</summary>
    public ImmutableArray<ImmutableArray<SyntaxTree>> Trees { get; }

    public int Lines => Solution.TotalLines;

    public static Corpus Create(int lines)
    {
        var solution = CorpusGenerator.Generate(new CorpusOptions(lines, Seed));
        return new Corpus(solution, [.. solution.Projects.Select(Parse)]);
    }

    /// <summary>
    /// The same corpus with one file of the last project edited inside a member body (a statement
    /// appended to the first block), as a developer's one-file change between two scans.
    /// </summary>
    public Corpus WithOneBodyEdit()
    {
        var last = Trees.Length - 1;
        var tree = Trees[last][0];
        var text = tree.GetText().ToString();
        var block = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax>().First();
        var edited = text.Insert(block.OpenBraceToken.Span.End, " _ = 42; ");
        var trees = Trees.SetItem(last, Trees[last].SetItem(0, CSharpSyntaxTree.ParseText(edited, ParseOptions, tree.FilePath)));
        return new Corpus(Solution, trees);
    }

    public static ImmutableArray<SyntaxTree> Parse(SyntheticProject project) =>
        [.. project.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, $"src/{project.Name}/{f.RelativePath}"))];

    /// <summary>
    /// Fresh compilations, each referencing the one before (the generated projects form a chain).
    /// Concurrent build is off: the engine parallelises over documents, and the benchmarks must
    /// see its parallelism only.
    /// </summary>
    public ImmutableArray<CSharpCompilation> CreateCompilations()
    {
        var compilations = ImmutableArray.CreateBuilder<CSharpCompilation>(Trees.Length);
        for (var k = 0; k < Trees.Length; k++)
        {
            var references = k == 0
                ? FrameworkReferences
                : FrameworkReferences.AddRange(compilations.Select(c => (MetadataReference)c.ToMetadataReference()));
            compilations.Add(CSharpCompilation.Create(Solution.Projects[k].Name, Trees[k], references, CompilationOptions));
        }

        return compilations.MoveToImmutable();
    }
}
