using BenchmarkDotNet.Attributes;
using DebtRadar.Benchmarks.Support;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Scanning;

namespace DebtRadar.Benchmarks.Scanning;

/// <summary>
/// The analyse phase of <c>scan --syntax-only</c> on one core: every document of a fixed corpus
/// (generated with the fixed seed) measured with the built-in rules on, as the CLI runs it, after
/// start-up (trees parsed in setup; the first invocation builds their red nodes, as the CLI's
/// analysis does). Lines per second per core is <c>Lines / Mean</c>.
/// </summary>
[MemoryDiagnoser]
public class SyntaxOnlyAnalysisBenchmarks
{
    private DocumentInput[] documents = [];
    private RuleSet rules = RuleSet.None;

    [ParamsSource(nameof(Sizes))]
    public int Lines { get; set; }

    [Params(true, false)]
    public bool Rules { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.Lines;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Create(Lines);
        documents = [.. Enumerable.Range(0, corpus.Trees.Length)
            .SelectMany(k => InMemorySource.Project(corpus, k, AnalysisMode.SyntaxOnly, null).Documents)];
        rules = Rules ? RuleSet.Create(RuleCatalog.BuiltIn) : RuleSet.None;
    }

    [Benchmark]
    public int AnalyzeAll()
    {
        var members = 0;
        foreach (var document in documents)
        {
            members += DocumentAnalyzer.Analyze(document, null, AnalysisMode.SyntaxOnly, rules, CancellationToken.None).Members.Length;
        }

        return members;
    }
}
