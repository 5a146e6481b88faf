using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.SyntheticCorpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Benchmarks.Scanning;

/// <summary>
/// What a scan pays Roslyn before and under any metric, on one core: parsing, creating the
/// compilations with their declarations bound, and binding every body (what full mode adds).
/// </summary>
[MemoryDiagnoser]
public class RoslynPhaseBenchmarks
{
    private Corpus corpus = null!;

    [ParamsSource(nameof(Sizes))]
    public int Lines { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Lines;

    [GlobalSetup]
    public void Setup() => corpus = Corpus.Create(Lines);

    [Benchmark]
    public int Parse()
    {
        var characters = 0;
        foreach (var project in corpus.Solution.Projects)
        {
            foreach (var file in project.Files)
            {
                characters += CSharpSyntaxTree.ParseText(file.Text, Corpus.ParseOptions, file.RelativePath).GetRoot().FullSpan.Length;
            }
        }

        return characters;
    }

    [Benchmark]
    public int CreateCompilationsWithDeclarations()
    {
        var diagnostics = 0;
        foreach (var compilation in corpus.CreateCompilations())
        {
            diagnostics += compilation.GetDeclarationDiagnostics().Length;
        }

        return diagnostics;
    }

    [Benchmark]
    public int CreateCompilationsAndBindBodies()
    {
        var diagnostics = 0;
        foreach (var compilation in corpus.CreateCompilations())
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                diagnostics += compilation.GetSemanticModel(tree).GetMethodBodyDiagnostics().Length;
            }
        }

        return diagnostics;
    }

    [Benchmark]
    public int Generate() => CorpusGenerator.Generate(new CorpusOptions(Lines, Corpus.Seed)).TotalFiles;
}
