using DebtRadar.Core.Metrics;

namespace DebtRadar.Core.Tests.Metrics.Sonar;

public sealed class NestingDepthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("var x = a ? 1 : 2; using (null as System.IDisposable) { } lock (this) { }", 0)]
    [InlineData("if (a) { }", 1)]
    [InlineData("if (a) { } else if (b) { } else if (c) { } else { }", 1)]
    [InlineData("if (a) { } else { if (b) { } }", 2)]
    [InlineData("if (a) { if (b) { if (c) { } } }", 3)]
    [InlineData("for (;;) { foreach (var x in xs) { while (a) { do { } while (b); } } }", 4)]
    [InlineData("foreach (var (k, v) in pairs) { if (a) { } }", 2)]
    [InlineData("switch (n) { case 1: if (a) { } break; }", 2)]
    [InlineData("try { if (a) { } } catch { if (b) { try { } finally { } } }", 3)]
    [InlineData("if (a) { System.Action f = () => { if (b) { } }; }", 2)]
    [InlineData("var s = n switch { 1 => xs.Length, _ => 0 };", 0)]
    [InlineData("if (a) { } if (b) { if (c) { } }", 2)]
    public void Compute_ControlFlow_DeepestLevel(string body, int expected)
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

        Assert.Equal(expected, NestingDepth.Compute(MemberParser.Find(code, "M")));
    }

    [Fact]
    public void Compute_LocalFunction_CountedInsideItsMember()
    {
        const string code = """
            class C
            {
                void M(bool a)
                {
                    if (a) { }
                    void Local() { while (a) { if (a) { for (;;) { } } } }
                }
            }
            """;

        Assert.Equal(3, NestingDepth.Compute(MemberParser.Find(code, "M")));
    }
}
