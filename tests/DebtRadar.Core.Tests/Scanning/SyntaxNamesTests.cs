using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Tests.Scanning;

/// <summary>Member names spell types without Roslyn's normaliser, and agree with it.</summary>
public sealed class SyntaxNamesTests
{
    private const string Types = """
        class C
        {
            void M(
                global::System.Collections.Generic.Dictionary< string ,int[ ] > a,
                List<Dictionary<string,List<int?>>>? b,
                int* c,
                int[][] d,
                int[,] e,
                (int A, string B) f,
                List</* kept */ int> g,
                delegate*<int, void> h,
                System . String i,
                int?[] j,
                Func<int,
                    string> k,
                List<
        #if DEBUG
                    int
        #endif
                    > l,
                int*[] m,
                Type n = typeof(List<>))
            {
            }
        }
        """;

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string> { "types" };
        foreach (var file in RepositorySources.Files("src/DebtRadar.Core"))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Compact_EveryTypeWritten_EqualsRoslynsNormalisedForm(string source)
    {
        var text = source == "types" ? Types : File.ReadAllText(source);
        var root = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot();
        foreach (var type in root.DescendantNodes().OfType<TypeSyntax>())
        {
            Assert.Equal(type.WithoutTrivia().NormalizeWhitespace().ToString(), SyntaxNames.Compact(type));
        }
    }

    [Fact]
    public void Spelled_NamesArgumentsAndRanks_SpacesAfterCommasOnly()
    {
        var parameters = Parameters(Types);

        Assert.Equal("global::System.Collections.Generic.Dictionary<string, int[]>", SyntaxNames.Spelled(parameters["a"]));
        Assert.Equal("List<Dictionary<string, List<int?>>>?", SyntaxNames.Spelled(parameters["b"]));
        Assert.Equal("int*", SyntaxNames.Spelled(parameters["c"]));
        Assert.Equal("int[][]", SyntaxNames.Spelled(parameters["d"]));
        Assert.Equal("System.String", SyntaxNames.Spelled(parameters["i"]));
        Assert.Equal("Func<int, string>", SyntaxNames.Spelled(parameters["k"]));
    }

    [Theory]
    [InlineData("e")] // a multi-dimensional rank
    [InlineData("f")] // a tuple
    [InlineData("g")] // a comment inside
    [InlineData("h")] // a function pointer
    [InlineData("j")] // a rank after `?`, which the normaliser spaces
    [InlineData("l")] // a directive inside
    [InlineData("m")] // a rank after `*`
    public void Spelled_OtherShapes_LeftToTheNormaliser(string parameter)
    {
        Assert.Null(SyntaxNames.Spelled(Parameters(Types)[parameter]));
    }

    private static Dictionary<string, TypeSyntax> Parameters(string source) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot()
            .DescendantNodes().OfType<ParameterSyntax>()
            .ToDictionary(p => p.Identifier.ValueText, p => p.Type!);
}
