using BenchmarkDotNet.Attributes;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Benchmarks.Support;

/// <summary>
/// The shared shape of the metric suites: the metric corpus's members and types, built once per
/// mode, and a metric summed over them (the sum keeps the work from being optimised away).
/// </summary>
[MemoryDiagnoser]
public abstract class MetricBenchmark
{
    private protected MemberSet Set { get; private set; } = null!;

    [Params(AnalysisMode.SyntaxOnly, AnalysisMode.Full)]
    public AnalysisMode Mode { get; set; }

    [GlobalSetup]
    public void Setup() => Set = MemberSet.Create(MemberSet.MetricCorpusLines, Mode);

    private protected double OverMembers(Func<MemberContext, double> metric)
    {
        var sum = 0d;
        foreach (var member in Set.Members)
        {
            sum += metric(member);
        }

        return sum;
    }

    private protected double OverTypes(Func<SyntaxNode, INamedTypeSymbol?, SemanticModel?, double> metric)
    {
        var sum = 0d;
        foreach (var (declaration, symbol, model) in Set.Types)
        {
            sum += metric(declaration, symbol, model);
        }

        return sum;
    }
}
