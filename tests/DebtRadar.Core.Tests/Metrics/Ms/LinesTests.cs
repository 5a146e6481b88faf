using DebtRadar.Core.Metrics;
using static DebtRadar.Core.Tests.Metrics.Ms.MsTestKit;

namespace DebtRadar.Core.Tests.Metrics.Ms;

public sealed class LinesTests
{
    [Theory]
    [InlineData("Statements(int, int)", 9)] // block statements with code, else-if, the default value; not `int x;`, not case bodies
    [InlineData("Summary(string, int)", 3)] // expression body, the default value, the attribute
    [InlineData("Count.get", 1)]
    [InlineData("Handle(T, CancellationToken)", 2)] // bodiless: MS visits the default value twice
    public void ExecutableLines_ReferenceCases_EqualsMicrosoftMetrics(string member, int expected) =>
        Assert.Equal(expected, ExecutableLines.Compute(Member(MsCases.Lines, member)));

    [Theory]
    [InlineData("NotCounted(int?, int[], object)", 10)]
    [InlineData("Nothing()", 0)]
    [InlineData("Lambdas(List<int>)", 4)]
    public void ExecutableLines_CcCases_EqualsMicrosoftMetrics(string member, int expected) =>
        Assert.Equal(expected, ExecutableLines.Compute(Member(MsCases.Cc, member)));

    [Theory]
    [InlineData("Statements(int, int)", 9)]
    [InlineData("NotCounted(int?, int[], object)", 10)]
    [InlineData("Nothing()", 0)]
    public void ExecutableLines_SyntaxOnly_EqualsReferenceOnStatementCode(string member, int expected)
    {
        var source = member.StartsWith("Statements", StringComparison.Ordinal) ? MsCases.Lines : MsCases.Cc;
        Assert.Equal(expected, ExecutableLines.Compute(Member(source, member, semantic: false)));
    }

    [Theory]
    [InlineData("Statements(int, int)", 22)]
    [InlineData("Summary(string, int)", 7)] // doc comments and attributes are inside the full span
    [InlineData("Count.get", 1)] // the arrow clause, whose last line has no line break: MS's count is one short
    public void SourceLines_ReferenceCases_EqualsMicrosoftMetrics(string member, int expected) =>
        Assert.Equal(expected, SourceLines.Compute(Member(MsCases.Lines, member, semantic: false).Declaration));

    [Fact]
    public void SourceLines_BlankLinesAround_AreNotCounted()
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C\n{\n\n\n    void M()\n    {\n    }\n\n\n}\n");
        var method = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single();
        Assert.Equal(3, SourceLines.Compute(method));
    }
}
