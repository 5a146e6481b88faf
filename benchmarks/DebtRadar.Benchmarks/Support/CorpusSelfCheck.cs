using DebtRadar.SyntheticCorpus;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// Guards the benchmarks' input: the generator is deterministic, and its code compiles without
/// errors (code with errors binds differently and would make full-mode numbers meaningless).
/// </summary>
internal static class CorpusSelfCheck
{
    public static IReadOnlyList<string> Run(int lines)
    {
        var problems = new List<string>();
        var first = CorpusGenerator.Fingerprint(CorpusGenerator.Generate(new CorpusOptions(lines, Corpus.Seed)));
        var second = CorpusGenerator.Fingerprint(CorpusGenerator.Generate(new CorpusOptions(lines, Corpus.Seed)));
        if (first != second)
        {
            problems.Add($"two generations with seed {Corpus.Seed} differ: {first} vs {second}");
        }

        var other = CorpusGenerator.Fingerprint(CorpusGenerator.Generate(new CorpusOptions(lines, Corpus.Seed + 1)));
        if (other == first)
        {
            problems.Add("another seed gave the same corpus");
        }

        var corpus = Corpus.Create(lines);
        foreach (var compilation in corpus.CreateCompilations())
        {
            problems.AddRange(compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Take(5)
                .Select(d => d.ToString()));
        }

        return problems;
    }
}
