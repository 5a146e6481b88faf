using Microsoft.CodeAnalysis;
using static DebtRadar.Core.Tests.Metrics.Ms.MsTestKit;

namespace DebtRadar.Core.Tests.Metrics.Ms;

public sealed class OperationBlocksTests
{
    private const string Source = """
        using System;

        public abstract class Blocks
        {
            [Obsolete("x")]
            public int Body(int a, int b = 2, string? c = null) { return a + b; }

            public abstract void Bodiless(int a = 1);

            public int Arrow => 1;

            public int Auto { get; set; }

            public string this[int i] { get { return ""; } }
        }

        public class Primary(int x) : Exception(x.ToString())
        {
        }
        """;

    [Fact]
    public void For_MethodWithBody_BodyOwnAttributeAndDefaultsInMsBreadthFirstOrder()
    {
        var kinds = Member(Source, "Body(int, int, string?)").OperationBlocks.Select(b => b.Kind).ToList();
        Assert.Equal([OperationKind.MethodBody, OperationKind.Attribute, OperationKind.ParameterInitializer, OperationKind.ParameterInitializer], kinds);
    }

    [Fact]
    public void For_BodilessMethod_DefaultValueTwiceAsMsVisitsIt()
    {
        var kinds = Member(Source, "Bodiless(int)").OperationBlocks.Select(b => b.Kind).ToList();
        Assert.Equal([OperationKind.ParameterInitializer, OperationKind.ParameterInitializer], kinds);
    }

    [Fact]
    public void For_ExpressionBodiedProperty_TheArrowBlock()
    {
        var block = Assert.Single(Member(Source, "Arrow.get").OperationBlocks);
        Assert.Equal(OperationKind.Block, block.Kind);
    }

    [Theory]
    [InlineData("Auto.get", 0)]
    [InlineData("Auto.set", 0)]
    [InlineData("this[int].get", 1)]
    public void For_Accessors_BodyOnlyWhenWritten(string member, int expected) =>
        Assert.Equal(expected, Member(Source, member).OperationBlocks.Length);

    [Fact]
    public void For_PrimaryConstructor_BlocksComeFromTheTypeDeclaration()
    {
        var blocks = Member(Source, "Primary(int)").OperationBlocks;
        Assert.All(blocks, b => Assert.Null(b.Parent));
        Assert.All(blocks, b => Assert.Equal("Primary", ((Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)b.Syntax.AncestorsAndSelf()
            .First(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)).Identifier.ValueText));
    }
}
