using DebtRadar.Core.Metrics;
using static DebtRadar.Core.Tests.Metrics.Ms.MsTestKit;

namespace DebtRadar.Core.Tests.Metrics.Ms;

public sealed class CouplingAndDepthTests
{
    [Fact]
    public void ForMember_SignatureBodyLambdasAndStatics_EqualsMicrosoftMetrics()
    {
        var types = ClassCoupling.ForMember(Member(MsCases.Coupling, "Build(IEnumerable<KeyValuePair<string, string>>, decimal, Task<int>, Guid?)"));

        Assert.Equal(15, types.Length);
        Assert.Contains(types, t => t.Name == "System.Decimal"); // decimal counts, int and string do not
        Assert.Contains(types, t => t.Name == "System.Nullable`1");
        Assert.Contains(types, t => t.Name == "System.Linq.Enumerable"); // extension method owner
        Assert.Contains(types, t => t.Name == "System.Func`1"); // the lambda's delegate type
        Assert.DoesNotContain(types, t => t.Name is "System.String" or "System.Int32" or "System.Object" or "System.Void");
    }

    [Theory]
    [InlineData("Dispose()", 1)] // GC; the own type is removed
    [InlineData("Add(Money)", 1)]
    [InlineData("RecordChild(int, int)", 1)] // the base record, through the primary constructor's base call
    public void ForMember_SmallMembers_EqualsMicrosoftMetrics(string member, int expected)
    {
        var source = member == "Dispose()" ? MsCases.Coupling : MsCases.Cc;
        Assert.Equal(expected, ClassCoupling.ForMember(Member(source, member)).Length);
    }

    [Fact]
    public void ForMember_SyntaxOnly_TypeNamesAsWritten()
    {
        var names = ClassCoupling.ForMember(Member(MsCases.Coupling, "Build(IEnumerable<KeyValuePair<string, string>>, decimal, Task<int>, Guid?)", semantic: false))
            .Select(t => t.Name).ToList();

        Assert.Equal(["Console", "DateTime", "Decimal", "Dictionary`2", "Guid", "IEnumerable`1", "KeyValuePair`2", "Lazy`1", "Math", "Task`1", "Uri"], names);
    }

    [Theory]
    [InlineData("Level2", 2)] // Level1, IMarker
    [InlineData("Level3", 1)]
    [InlineData("IDerived", 1)]
    [InlineData("Coupled", 1)] // IDisposable; members add the rest
    [InlineData("PrimaryWithInit", 0)]
    public void ForTypeDeclaration_BasesAndFields_EqualsMicrosoftMetrics(string type, int expected)
    {
        var source = type == "Coupled" ? MsCases.Coupling : MsCases.Cc;
        var (declaration, symbol, model) = Type(source, type);
        Assert.Equal(expected, ClassCoupling.ForTypeDeclaration(declaration, symbol, model).Length);
    }

    [Theory]
    [InlineData("Level1", 1)]
    [InlineData("Level2", 2)]
    [InlineData("Level3", 3)]
    [InlineData("IMarker", 0)]
    [InlineData("IDerived", 0)]
    [InlineData("RecordBase", 1)]
    [InlineData("RecordChild", 2)]
    [InlineData("Plain", 1)]
    [InlineData("Vector", 1)]
    [InlineData("Color", 1)]
    public void InheritanceDepth_ReferenceTypes_EqualsMicrosoftMetrics(string type, int expected)
    {
        var (declaration, symbol, _) = Type(MsCases.Cc, type);
        Assert.Equal(expected, InheritanceDepth.Compute(declaration, symbol));
    }

    [Theory]
    [InlineData("Level1", 1)]
    [InlineData("Level2", 2)]
    [InlineData("Level3", 2)] // the base's own depth is unknown without symbols
    [InlineData("IDerived", 0)]
    [InlineData("Vector", 1)]
    [InlineData("Color", 1)]
    public void InheritanceDepth_SyntaxOnly_OneStepPerVisibleBase(string type, int expected)
    {
        var (declaration, _, _) = Type(MsCases.Cc, type);
        Assert.Equal(expected, InheritanceDepth.Compute(declaration, null));
    }
}
