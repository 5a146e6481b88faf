using DebtRadar.Core.Health;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Metrics.Clones;
using DebtRadar.Core.Metrics.Ms;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Tests.Metrics;

/// <summary>The one-walk member measurement agrees with every metric's own walk, member by member.</summary>
public sealed class MemberSyntaxWalkTests
{
    private const string EdgeCases = """
        using System;
        namespace N;

        [Serializable]
        public sealed class Edges(int seed = 3, string name = "x") : Base(seed > 0 && name is { Length: > 1 } || seed < -1 ? seed : 0)
        {
            private int field = seed;

            [Obsolete("old")]
            [CLSCompliant(false)] public int Attributed(int a = 1, int b = 2 * 3)
            {
                if (a > 0 && b > 0 || a < -5)
                {
                    for (var i = 0; i < a; i++)
                    {
                        while (b-- > 0 && (a & 1) == 1 && field != 0) { field += b; }
                    }
                }
                else if (a == 0)
                {
                    try { Console.WriteLine(new object()); } catch (Exception e) when (e is ArgumentException) { throw; }
                }

                switch (a) { case 1: case 2: break; default: return a ?? 0; }
                var text = $"{a} and {b}" + @"line one
                    line two";
                Func<int, int> f = [Obsolete] x => x > 0 ? x : -x;
                int Local(int y) => y is > 0 and < 10 or 20 ? y : Local(y - 1);
                return f(Local(a)) + (true | a > 2 ? 1 : 0) + Math.Max(a, b) + this.field;
            }

            public int Arrow => field > 0 && field < 10 && field != 5 ? field : -1;

            public int this[int i, string s = null] { get => i; set { if (value > i) { field = value; } } }

            public string Auto { get; init; } = "";

            public int Stored { get => field; set => field = value + Attributed(1, 2) + this.Arrow; }

            public System.Collections.Generic.Dictionary<string, int[]> Map(System.Collections.Generic.List<(int A, string B)> pairs, ref int count) => null;

            public event EventHandler Changed { add { } remove { } }

            public static Edges operator +(Edges a, Edges b) => new(a.field + b.field);

            public static implicit operator int(Edges e) => e.field;

            ~Edges() { do { field--; } while (field > 0 || field < -10 && seed > 0); }

            partial void Missing(
        }
        """;

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string> { "edge cases" };
        foreach (var file in RepositorySources.Files("src/DebtRadar.Core"))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Measure_EveryMember_EqualsEachMetricsOwnWalk(string source)
    {
        var text = source == "edge cases" ? EdgeCases : File.ReadAllText(source);
        var tree = CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview));
        var lines = LineMap.Of(tree.GetText());
        var members = MemberDiscovery.Find(tree.GetRoot()).SelectMany(t => t.Members);
        foreach (var member in members)
        {
            var declaration = member.Declaration;
            var context = new MemberContext { Declaration = declaration, Kind = member.Kind };
            var walked = MemberSyntaxWalk.Measure(declaration, lines, msSyntax: true);
            var (executable, effective) = MsSyntax.Lines(declaration);
            var expected = new MemberSyntaxFacts(
                Nloc.Compute(declaration),
                HalsteadCounter.Textbook(context),
                NestingDepth.Compute(declaration),
                BumpyRoad.Count(declaration),
                ComplexConditionals.Count(declaration),
                new MsSyntaxFacts(MsSyntax.Cyclomatic(declaration), executable, effective, MsSyntaxHalstead.Volume(declaration)));
            Assert.True(expected == walked, $"{member.Type}.{member.Name}: walked {walked}, each metric {expected}");
            Assert.Equal(expected with { Ms = null }, MemberSyntaxWalk.Measure(declaration, lines, msSyntax: false));

            if (ClassCoupling.IsCollectedByMemberWalk(declaration))
            {
                var coupling = new MsSyntaxCoupling.Collector();
                var cohesion = new CohesionUses.Collector();
                MemberSyntaxWalk.Measure(declaration, lines, msSyntax: true, coupling, cohesion);
                Assert.Equal(ClassCoupling.ForMember(context).ToArray(), ClassCoupling.FromMemberWalk(declaration, coupling).ToArray());

                var apart = Cohesion.Extract(context, member.Name, null, new CohesionScopes());
                var walkedCohesion = Cohesion.Extract(context, member.Name, null, new CohesionScopes(), cohesion);
                Assert.Equal(apart.Fields.ToArray(), walkedCohesion.Fields.ToArray());
                Assert.Equal(apart.Calls.ToArray(), walkedCohesion.Calls.ToArray());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void FingerprintWithNloc_File_EqualsFingerprintAndNlocApart(string source)
    {
        var text = source == "edge cases" ? EdgeCases : File.ReadAllText(source);
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview)).GetRoot();

        var index = SyntaxIndex.Empty();
        var (fingerprint, nloc) = CloneTokenizer.FingerprintWithNloc(root, index);

        var expected = CloneTokenizer.Fingerprint(root);
        Assert.Equal(expected.Hashes.ToArray(), fingerprint.Hashes.ToArray());
        Assert.Equal(expected.Lines.ToArray(), fingerprint.Lines.ToArray());
        Assert.Equal(Nloc.Compute(root), nloc);

        var built = SyntaxIndex.Build(root);
        Assert.Equal(built.Visited, index.Visited);
        Assert.Equal(built.All<InvocationExpressionSyntax>(), index.All<InvocationExpressionSyntax>());
        Assert.Equal(built.All<AssignmentExpressionSyntax>(), index.All<AssignmentExpressionSyntax>());
        Assert.Equal(built.All<ObjectCreationExpressionSyntax>(), index.All<ObjectCreationExpressionSyntax>());
        Assert.Equal(built.All<CatchClauseSyntax>(), index.All<CatchClauseSyntax>());
        Assert.Equal(built.All<ThrowStatementSyntax>(), index.All<ThrowStatementSyntax>());
        Assert.Equal(built.All<FieldDeclarationSyntax>(), index.All<FieldDeclarationSyntax>());
        Assert.Equal(built.All<LocalFunctionStatementSyntax>(), index.All<LocalFunctionStatementSyntax>());
        Assert.Equal(built.All<LockStatementSyntax>(), index.All<LockStatementSyntax>());
    }

    [Fact]
    public void Measure_EdgeCases_CountWhatEachMetricDefines()
    {
        var tree = CSharpSyntaxTree.ParseText(EdgeCases, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview));
        var method = MemberDiscovery.Find(tree.GetRoot()).Single(t => t.Name == "N.Edges").Members.Single(m => m.Name.StartsWith("Attributed", StringComparison.Ordinal));

        var facts = MemberSyntaxWalk.Measure(method.Declaration, LineMap.Of(tree.GetText()), msSyntax: true);

        Assert.Equal(3, facts.Nesting); // if / for / while
        Assert.Equal(1, facts.Bumps); // the if chain (three levels); the switch has one
        Assert.Equal(3, facts.ComplexConditionals); // the if, the while and the local function's `and`/`or` pattern
        Assert.Equal(20, facts.Nloc); // from the line of the name: the blank line and the [Obsolete] line are out, the verbatim string spans two
        Assert.NotNull(facts.Ms);
    }
}
