using System.Collections.Immutable;
using DebtRadar.Core.Health;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Tests.Health;

public sealed class HealthScoreTests
{
    private static readonly HealthInput Clean = new(120, [new HealthMethod("A.M()", 3, 2, 1, 12, 0, 0)], [new HealthType("A", 1, 8)], 0, null, 0);

    [Fact]
    public void Compute_SimpleFile_ScoresTenWithNoFactor()
    {
        var (score, factors) = HealthScore.Compute(Clean);

        Assert.Equal(10, score);
        Assert.Empty(factors);
    }

    [Fact]
    public void Compute_ComplexMethod_LowersTheScoreAndNamesIt()
    {
        var input = Clean with { Methods = [new HealthMethod("A.Route(int)", 24, 31, 2, 40, 0, 0)] };

        var (score, factors) = HealthScore.Compute(input);

        var factor = Assert.Single(factors);
        Assert.Equal("complex-method", factor.Factor);
        Assert.Contains("A.Route(int): cc 24, cognitive 31", factor.Detail, StringComparison.Ordinal);
        Assert.Equal(10 - factor.Penalty, score, 1);
    }

    [Fact]
    public void Compute_EverythingBad_ClampsAtOneAndIsRed()
    {
        var bad = new HealthMethod("A.M()", 60, 90, 7, 300, 5, 6);
        var input = new HealthInput(3000, [bad, bad, bad], [new HealthType("A", 5, 30)], 0.8, 0, 5);

        var (score, _) = HealthScore.Compute(input);

        Assert.Equal(1, score);
        Assert.Equal(HealthBand.Red, HealthScore.Band(score));
    }

    [Theory]
    [InlineData(3.9, HealthBand.Red)]
    [InlineData(4.0, HealthBand.Yellow)]
    [InlineData(8.9, HealthBand.Yellow)]
    [InlineData(9.0, HealthBand.Green)]
    public void Band_CodeRedBoundaries(double score, HealthBand band) => Assert.Equal(band, HealthScore.Band(score));

    /// <summary>
    /// Property: from 2,000 deterministic random files, worsening any single factor (one method's
    /// cc, cognitive, nesting, length, bumps or complex conditions; a type's LCOM4; file length;
    /// duplication; coverage; findings density) never raises the score.
    /// </summary>
    [Fact]
    public void Compute_WorseningAnySingleFactor_NeverRaisesTheScore()
    {
        var random = new Random(20261128);
        var checks = 0;
        for (var i = 0; i < 2000; i++)
        {
            var input = RandomInput(random);
            var before = HealthScore.Compute(input).Score;
            foreach (var (name, worse) in Worsenings(input, random))
            {
                var after = HealthScore.Compute(worse).Score;
                Assert.True(after <= before, $"{name} raised the score from {before} to {after} for {Describe(input)}");
                checks++;
            }
        }

        Assert.True(checks > 20000, $"only {checks} checks");
    }

    private static HealthInput RandomInput(Random random)
    {
        var methods = Enumerable.Range(0, random.Next(0, 6))
            .Select(i => new HealthMethod($"T.M{i}()", random.Next(1, 30), random.Next(0, 40), random.Next(0, 7), random.Next(1, 150), random.Next(0, 5), random.Next(0, 5)))
            .ToImmutableArray();
        var types = Enumerable.Range(0, random.Next(0, 3)).Select(i => new HealthType($"T{i}", random.Next(0, 5), random.Next(0, 15))).ToImmutableArray();
        return new HealthInput(
            random.Next(1, 2500),
            methods,
            types,
            random.NextDouble() * 0.6,
            random.Next(3) == 0 ? null : random.NextDouble(),
            random.NextDouble() * 4);
    }

    private static IEnumerable<(string Name, HealthInput Worse)> Worsenings(HealthInput input, Random random)
    {
        var step = random.Next(1, 20);
        for (var m = 0; m < input.Methods.Length; m++)
        {
            var method = input.Methods[m];
            yield return ("cc", input with { Methods = input.Methods.SetItem(m, method with { Cyclomatic = method.Cyclomatic + step }) });
            yield return ("cognitive", input with { Methods = input.Methods.SetItem(m, method with { Cognitive = method.Cognitive + step }) });
            yield return ("nesting", input with { Methods = input.Methods.SetItem(m, method with { MaxNesting = method.MaxNesting + 1 }) });
            yield return ("method length", input with { Methods = input.Methods.SetItem(m, method with { Nloc = method.Nloc + (step * 5) }) });
            yield return ("bumps", input with { Methods = input.Methods.SetItem(m, method with { Bumps = method.Bumps + 1 }) });
            yield return ("complex conditionals", input with { Methods = input.Methods.SetItem(m, method with { ComplexConditionals = method.ComplexConditionals + 1 }) });
        }

        for (var t = 0; t < input.Types.Length; t++)
        {
            yield return ("lcom4", input with { Types = input.Types.SetItem(t, input.Types[t] with { Lcom4 = input.Types[t].Lcom4 + 1 }) });
        }

        yield return ("file length", input with { Nloc = input.Nloc + (step * 50) });
        yield return ("duplication", input with { DuplicationDensity = Math.Min(1, input.DuplicationDensity + (step / 100.0)) });
        if (input.LineCoverage is { } coverage)
        {
            yield return ("coverage", input with { LineCoverage = Math.Max(0, coverage - (step / 100.0)) });
        }

        yield return ("findings", input with { FindingsPer100Nloc = input.FindingsPer100Nloc + (step / 10.0) });
    }

    private static string Describe(HealthInput input) =>
        $"nloc {input.Nloc}, dup {input.DuplicationDensity:0.00}, cov {input.LineCoverage}, findings {input.FindingsPer100Nloc:0.00}, methods [{string.Join("; ", input.Methods)}], types [{string.Join("; ", input.Types)}]";
}
