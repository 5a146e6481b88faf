using DebtRadar.Core.Health;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Tests.Health;

public sealed class HealthSmellTests
{
    private static MethodDeclarationSyntax Method(string body) =>
        CSharpSyntaxTree.ParseText($"class C {{ void M(int a, int b, int[] xs) {{ {body} }} }}").GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

    [Fact]
    public void BumpyRoad_TwoNestedChunks_TwoBumps()
    {
        var method = Method("""
            foreach (var x in xs) { if (x > a) { a++; } }
            b++;
            while (b > 0) { if (b % 2 == 0) { b--; } b--; }
            """);

        Assert.Equal(2, BumpyRoad.Count(method));
    }

    [Fact]
    public void BumpyRoad_FlatStatementsAndElseIfChains_NoBump()
    {
        var method = Method("""
            if (a > 0) { b++; } else if (a < 0) { b--; } else { b = 0; }
            for (var i = 0; i < a; i++) { b++; }
            """);

        Assert.Equal(0, BumpyRoad.Count(method));
    }

    [Fact]
    public void BumpyRoad_OneDeepChunk_OneBump()
    {
        var method = Method("if (a > 0) { foreach (var x in xs) { while (x > b) { b++; } } }");

        Assert.Equal(1, BumpyRoad.Count(method));
    }

    [Fact]
    public void ComplexConditionals_TwoOperatorsOrMore_Counted()
    {
        var method = Method("""
            if (a > 0 && b > 0 || a == b) { }
            while (a > 0 && b > 0) { a--; }
            var c = a is > 0 and < 10 or 20 ? 1 : 2;
            """);

        Assert.Equal(2, ComplexConditionals.Count(method));
    }
}
