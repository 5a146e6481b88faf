using DebtRadar.Core.Metrics;

namespace DebtRadar.Core.Tests.Metrics.Sonar;

public sealed class CognitiveComplexityTests
{
    private static int Score(string code, string name) => CognitiveComplexity.Compute(MemberParser.Find(code, name));

    [Theory]
    [InlineData("if (a) { }", 1)]
    [InlineData("if (a) { } else if (b) { } else { }", 3)]
    [InlineData("if (a) { } else { if (b) { } }", 4)]
    [InlineData("if (a) { if (b) { } else { } }", 4)]
    [InlineData("if (a) if (b) if (c) { }", 6)]
    [InlineData("switch (n) { case 1: break; case 2: break; default: break; }", 1)]
    [InlineData("if (a) { switch (n) { case 1: break; } }", 3)]
    [InlineData("switch (n) { case 0: if (a) { } break; }", 3)]
    [InlineData("var t = a ? 0 : 1;", 1)]
    [InlineData("var t = a ? b ? -1 : 0 : 1;", 3)]
    [InlineData("if (a) { var t = b ? 0 : 1; }", 3)]
    [InlineData("while (a) { }", 1)]
    [InlineData("for (var i = 0; i < n; i++) { }", 1)]
    [InlineData("foreach (var x in xs) { }", 1)]
    [InlineData("do { } while (a);", 1)]
    [InlineData("if (a) { do { } while (a); }", 3)]
    [InlineData("try { } catch (System.Exception) { throw; }", 1)]
    [InlineData("try { } catch (System.Exception) { if (a) { throw; } }", 3)]
    [InlineData("if (a) { try { } catch { } }", 3)]
    [InlineData("try { } catch (System.Exception) { } finally { }", 1)]
    [InlineData("try { } finally { }", 0)]
    [InlineData("var x = xs?.Length ?? n; n ??= 1;", 0)]
    [InlineData("goto end; end: return;", 1)]
    [InlineData("switch (n) { case 1000: goto case 100; case 100: break; }", 3)]
    [InlineData("foreach (var (k, v) in pairs) { if (a) { } }", 1)]
    [InlineData("if ((a ? b : c)) { }", 3)]
    [InlineData("while (a) { if (b) break; if (c) continue; }", 5)]
    public void Compute_Statement_ScoresAsSonar(string body, int expected)
    {
        var code = $$"""
            class C
            {
                void M(bool a, bool b, bool c, int n, int[] xs, (int, int)[] pairs)
                {
                    {{body}}
                }
            }
            """;

        Assert.Equal(expected, Score(code, "M"));
    }

    [Theory]
    [InlineData("a && b", 1)]
    [InlineData("a || b", 1)]
    [InlineData("!a", 0)]
    [InlineData("a && b || a", 2)]
    [InlineData("a && b && c || d || e && f", 3)]
    [InlineData("a && !(b && c) && d", 2)]
    [InlineData("d || a && (!b || !c)", 3)]
    [InlineData("a && (!b || !c) || d", 3)]
    [InlineData("a && d && !(b && c)", 2)]
    [InlineData("a && !(((b && c)))", 2)]
    [InlineData("a && b && (c && d)", 1)]
    [InlineData("a && (b || c) && d", 2)] // the paper says 3: Sonar does not restart a sequence after a parenthesized other operator
    [InlineData("a & b | c", 0)]
    public void Compute_BooleanOperatorSequences_OnePerRun(string expression, int expected)
    {
        var code = $$"""
            class C
            {
                bool M(bool a, bool b, bool c, bool d, bool e, bool f) => {{expression}};
            }
            """;

        Assert.Equal(expected, Score(code, "M"));
    }

    [Theory]
    [InlineData("o is not string", 0)]
    [InlineData("o is > 0 and <= 10", 1)]
    [InlineData("o is < 500 and > 300 or 1", 2)]
    [InlineData("o is 1 or 2 or 4 or 5", 1)]
    [InlineData("o is 1 or 2 or 4 or (5 or 6)", 1)]
    [InlineData("(o is 1 or 2 or 4 or 5) || (p is 3 or 5)", 3)]
    [InlineData("o is < 500 and > 300 or not (7 or 8)", 3)]
    [InlineData("o is [_, > 3, 3]", 0)]
    [InlineData("o is { } && p is [1, ..]", 1)]
    public void Compute_PatternCombinators_CountLikeBooleanOperators(string expression, int expected)
    {
        var code = $$"""
            class C
            {
                bool M(int o, int p) => {{expression}};
            }
            """;

        Assert.Equal(expected, Score(code, "M"));
    }

    [Fact]
    public void Compute_SwitchExpressions_NestingPlusOneEach()
    {
        const string code = """
            class C
            {
                int M(bool first, bool second) => first switch
                {
                    true => second switch { true => 1, false => 2 },
                    _ => 3,
                };
            }
            """;

        Assert.Equal(3, Score(code, "M"));
    }

    [Fact]
    public void Compute_DirectRecursion_PlusOneOnce()
    {
        const string code = """
            class C
            {
                int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
            }
            """;

        Assert.Equal(2, Score(code, "Fib"));
    }

    [Theory]
    [InlineData("void M() { M(1); } void M(int x) { }")]
    [InlineData("void M() { this.M(); }")]
    [InlineData("void M() { N(); } void N() { M(); }")]
    public void Compute_NotDirectRecursionBySonarsRule_NoIncrement(string members)
    {
        var code = $$"""class C { {{members}} }""";

        Assert.Equal(0, CognitiveComplexity.Compute(MemberParser.Root(code).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().First()));
    }

    [Fact]
    public void Compute_RecursionInsideLambda_Counts()
    {
        const string code = """
            class C
            {
                void M()
                {
                    System.Action act = () => M();
                    act();
                }
            }
            """;

        Assert.Equal(1, Score(code, "M"));
    }

    [Fact]
    public void Compute_LambdasRaiseNesting_AnonymousMethodsDoNot()
    {
        const string code = """
            class C
            {
                void Lambda(System.Collections.Generic.List<int> xs) => xs.ForEach(x => { if (x > 0) { } });
                void Anonymous(System.Collections.Generic.List<int> xs) => xs.ForEach(delegate (int x) { if (x > 0) { } });
                void Static(System.Collections.Generic.List<int> xs) => xs.ForEach(static x => { if (x > 0) { } });
            }
            """;

        Assert.Equal(2, Score(code, "Lambda"));
        Assert.Equal(1, Score(code, "Anonymous"));
        Assert.Equal(2, Score(code, "Static"));
    }

    [Fact]
    public void Compute_LocalFunctions_NonStaticNestedStaticScoredAlone()
    {
        const string code = """
            class C
            {
                void Foo(int x)
                {
                    if (x == 0) { return; }

                    void Local(int y)
                    {
                        if (y == 0) { } else { }
                    }

                    static void StaticLocal(int y)
                    {
                        if (y == 0) { } else { }
                    }
                }
            }
            """;

        Assert.Equal(4, Score(code, "Foo"));
        Assert.Equal(3, Score(code, "StaticLocal"));
    }

    [Fact]
    public void Compute_Accessors_EachScoredOnItsOwn()
    {
        const string code = """
            class C
            {
                int f;
                int P
                {
                    get { if (f > 0) { return f; } return 0; }
                    set => f = value > 0 && value < 9 ? value : 0;
                }
                int Q => f > 0 ? 1 : 0;
                int R { get; set; } = 0;
                event System.EventHandler E { add { if (value != null) { } } remove { } }
            }
            """;

        Assert.Equal(1, Score(code, "P.get"));
        Assert.Equal(2, Score(code, "P.set"));
        Assert.Equal(1, Score(code, "Q"));
        Assert.Equal(0, Score(code, "R.get"));
        Assert.Equal(1, Score(code, "E.add"));
        Assert.Equal(0, Score(code, "E.remove"));
    }

    [Fact]
    public void Compute_ConstructorInitializerAndPrimaryConstructor_Counted()
    {
        const string code = """
            class C(int seed)
            {
                C(string s) : this(s is null ? 0 : s.Length) { }
                int Next(int bound) => bound > 0 ? seed % bound : seed;
            }
            """;

        Assert.Equal(1, Score(code, "C"));
        Assert.Equal(1, Score(code, "Next"));
    }

    [Fact]
    public void Compute_RecordAndInterfaceMembers_Scored()
    {
        const string code = """
            record Point(int X, int Y)
            {
                public bool IsOrigin => X == 0 && Y == 0;
            }
            interface IShape
            {
                static virtual int Sides(int n) { if (n < 3) { return 0; } return n; }
            }
            """;

        Assert.Equal(1, Score(code, "IsOrigin"));
        Assert.Equal(1, Score(code, "Sides"));
    }

    [Fact]
    public void Compute_PaperSumOfPrimes_Is7()
    {
        // Campbell, "Cognitive Complexity", the sumOfPrimes example (labelled continue becomes goto in C#).
        const string code = """
            class C
            {
                int SumOfPrimes(int max)
                {
                    int total = 0;
                    for (int i = 1; i <= max; ++i)
                    {
                        for (int j = 2; j < i; ++j)
                        {
                            if (i % j == 0)
                            {
                                goto next;
                            }
                        }
                        total += i;
                    next:;
                    }
                    return total;
                }
            }
            """;

        // for +1, for +2, if +3, goto +4 (Sonar scores goto with nesting, the paper's labelled continue gets +1).
        Assert.Equal(10, Score(code, "SumOfPrimes"));
    }

    [Fact]
    public void Compute_PaperGetWords_Is1()
    {
        const string code = """
            class C
            {
                string GetWords(int number)
                {
                    switch (number)
                    {
                        case 1: return "one";
                        case 2: return "a couple";
                        case 3: return "a few";
                        default: return "lots";
                    }
                }
            }
            """;

        Assert.Equal(1, Score(code, "GetWords"));
    }

    [Fact]
    public void Compute_PrimaryConstructorDeclaration_OnlyParametersAndBaseArguments()
    {
        const string code = """
            class Base(int x);
            class C(int seed, bool flag) : Base(flag ? seed : 0)
            {
                int M() { if (seed > 0) { return 1; } return 0; }
            }
            """;
        var type = MemberParser.Root(code).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Last();

        Assert.Equal(1, CognitiveComplexity.Compute(type));
        Assert.Equal(0, NestingDepth.Compute(type));
        Assert.Equal(1, Nloc.Compute(type));
    }
}
