using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Rules.Detectors;
using DebtRadar.Core.Scanning;
using Microsoft.CodeAnalysis;
using RuleSet = DebtRadar.Core.Rules.RuleSet;

namespace DebtRadar.Benchmarks.Rules;

/// <summary>
/// The built-in rules with their default configuration over a corpus, after start-up: the
/// documents are measured and their member contexts prepared (bound in full mode) in setup, so
/// <see cref="ForDocument"/> times the member- and file-scope rules alone and <see cref="ForTypes"/>
/// the type-scope rules over each project's aggregated types.
/// </summary>
[MemoryDiagnoser]
public class RuleRunnerBenchmarks
{
    private readonly RuleSet rules = RuleSet.Create(RuleCatalog.BuiltIn);
    private Document[] documents = [];
    private Project[] projects = [];

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
        var allDocuments = new List<Document>();
        var allProjects = new List<Project>();
        for (var k = 0; k < corpus.Trees.Length; k++)
        {
            var compilation = compilations.IsDefault ? null : compilations[k];
            var input = InMemorySource.Project(corpus, k, Mode, compilation);
            var files = new List<FileResult>();
            foreach (var document in input.Documents)
            {
                var measured = DocumentAnalyzer.Analyze(document, compilation, Mode, CancellationToken.None);
                var model = compilation?.GetSemanticModel(document.Tree);
                var contexts = MemberDiscovery.Find(document.Tree.GetRoot())
                    .SelectMany(t => t.Members)
                    .Select(m => MemberSet.Context(m, model))
                    .Zip(measured.Members)
                    .ToArray();
                allDocuments.Add(new Document(document.Tree, model, measured, contexts));
                files.Add(measured);
            }

            var results = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
            allProjects.Add(new Project(results, TypeAggregation.Aggregate(input.Name, results),
                input.Documents.ToDictionary(d => d.RelativePath, d => d.Tree, StringComparer.Ordinal)));
        }

        documents = [.. allDocuments];
        projects = [.. allProjects];
    }

    [Benchmark]
    public int ForDocument()
    {
        var findings = 0;
        foreach (var document in documents)
        {
            // A new file context each time: its shared walk is part of the rules' cost.
            var file = new FileContext(document.Tree, document.Tree.GetRoot(), document.Model, document.Measured);
            findings += RuleRunner.ForDocument(rules, file, document.Members, CancellationToken.None).Length;
        }

        return findings;
    }

    [Benchmark]
    public int ForTypes()
    {
        var findings = 0;
        foreach (var project in projects)
        {
            findings += RuleRunner.ForTypes(rules, project.Files, project.Types, project.Trees, CancellationToken.None).Length;
        }

        return findings;
    }

    private sealed record Document(SyntaxTree Tree, SemanticModel? Model, FileResult Measured, (MemberContext, MemberResult)[] Members);

    private sealed record Project(ImmutableArray<FileResult> Files, ImmutableArray<TypeResult> Types, Dictionary<string, SyntaxTree> Trees);
}
