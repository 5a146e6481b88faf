using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Benchmarks.Scanning;

/// <summary>
/// One core measuring every document of a corpus after start-up: trees parsed and, in full mode,
/// declarations already bound (the compilations are warmed in setup); bodies are bound again on each
/// invocation because each analysis takes a new semantic model. Lines per second per core is <c>Lines / Mean</c>.
/// </summary>
[MemoryDiagnoser]
public class DocumentAnalyzerBenchmarks
{
    private (DocumentInput Document, Compilation? Compilation)[] documents = [];

    [ParamsSource(nameof(Sizes))]
    public int Lines { get; set; }

    [ParamsSource(nameof(Modes))]
    public AnalysisMode Mode { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Lines;

    public static IEnumerable<AnalysisMode> Modes => BenchmarkSizes.Modes;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Create(Lines);
        var compilations = Mode == AnalysisMode.SyntaxOnly ? default : corpus.CreateCompilations();
        documents = [.. Enumerable.Range(0, corpus.Trees.Length).SelectMany(k =>
        {
            var project = InMemorySource.Project(corpus, k, Mode, compilations.IsDefault ? null : compilations[k]);
            return project.Documents.Select(d => (d, project.Compilation));
        })];
        foreach (var compilation in compilations.IsDefault ? [] : compilations)
        {
            _ = compilation.GetDeclarationDiagnostics();
        }
    }

    [Benchmark]
    public int AnalyzeAll()
    {
        var members = 0;
        foreach (var (document, compilation) in documents)
        {
            members += DocumentAnalyzer.Analyze(document, compilation, Mode, CancellationToken.None).Members.Length;
        }

        return members;
    }
}
