using DebtRadar.Core.Metrics;
using static DebtRadar.Core.Tests.Metrics.Ms.MsTestKit;

namespace DebtRadar.Core.Tests.Metrics.Ms;

public sealed class CyclomaticComplexityTests
{
    [Theory]
    [InlineData("NotCounted(int?, int[], object)", 4)] // ??=, catch, when, continue, goto, switch-expression arms, is/and/or: free
    [InlineData("Logic(bool, bool, int, int)", 6)] // &&, ||, bool & and |: +1 each; ^ and int &: free
    [InlineData("Patterns(int[])", 3)] // list patterns and switch expressions free; && and ?: count
    [InlineData("Collections(IEnumerable<int>)", 2)] // && inside a lambda folds into the member
    [InlineData("Access(Task<string?>, Dictionary<string, List<int>>?)", 5)] // each ?. and ??
    [InlineData("Nothing()", 1)]
    [InlineData("Switches(int)", 5)] // every case label, default and pattern cases too
    [InlineData("Lambdas(List<int>)", 3)] // local function and lambda fold in
    public void Compute_ReferenceCases_EqualsMicrosoftMetrics(string member, int expected) =>
        Assert.Equal(expected, CyclomaticComplexity.Compute(Member(MsCases.Cc, member)));

    [Theory]
    [InlineData("PrimaryWithInit(int, string)", 1)]
    [InlineData("Max.get", 1)]
    [InlineData("Name.get", 1)]
    [InlineData("Note.init", 1)]
    [InlineData("Add(Money)", 1)]
    [InlineData("Value.get", 1)]
    public void Compute_ModernMembers_EqualsMicrosoftMetrics(string member, int expected) =>
        Assert.Equal(expected, CyclomaticComplexity.Compute(Member(MsCases.Cc, member)));

    [Fact]
    public void Compute_FieldKeyword_SameAsExplicitBackingField()
    {
        // C# 14 (the reference's Roslyn cannot parse it): `field ??=` is the measured `cache ??=`.
        var member = Member("""
            public class Lazy
            {
                public string Value
                {
                    get => field ??= Compute();
                    set => field = value;
                }

                private static string Compute() => "v";
            }
            """, "Value.get");

        Assert.Equal(CyclomaticComplexity.Compute(Member(MsCases.Cc, "Value.get")), CyclomaticComplexity.Compute(member));
    }

    [Fact]
    public void Compute_ExtensionBlockMember_CountsItsOwnBranches()
    {
        var source = """
            public static class Text
            {
                extension(string s)
                {
                    public string Twice() => s.Length > 0 ? s + s : s;
                    public bool IsBlank => s is null || s.Trim().Length == 0;
                }
            }
            """;

        Assert.Equal(2, CyclomaticComplexity.Compute(Member(source, "Twice()")));
        Assert.Equal(2, CyclomaticComplexity.Compute(Member(source, "IsBlank.get")));
    }

    [Theory]
    [InlineData("NotCounted(int?, int[], object)", 4)]
    [InlineData("Patterns(int[])", 3)]
    [InlineData("Access(Task<string?>, Dictionary<string, List<int>>?)", 5)]
    [InlineData("Switches(int)", 5)]
    [InlineData("Lambdas(List<int>)", 3)]
    [InlineData("PrimaryWithInit(int, string)", 1)]
    public void Compute_SyntaxOnly_SameWhereSyntaxDecides(string member, int expected) =>
        Assert.Equal(expected, CyclomaticComplexity.Compute(Member(MsCases.Cc, member, semantic: false)));

    [Fact]
    public void Compute_SyntaxOnlyBitwiseOnNames_NotCountedWithoutTypes()
    {
        // (a & b) and (a & b) | (a ^ b) are bool only by the parameters' types: syntax counts 2 fewer.
        Assert.Equal(4, CyclomaticComplexity.Compute(Member(MsCases.Cc, "Logic(bool, bool, int, int)", semantic: false)));
        Assert.Equal(3, CyclomaticComplexity.Compute(Member("class C { bool M(int a) => (a > 1) & (a < 5) | false; }", "M(int)", semantic: false)));
    }

    [Theory]
    [InlineData("PrimaryWithInit", 3)] // field `?:` + property initializer `??` + expression-bodied Max counted for the property too
    [InlineData("RecordChild", 1)] // the primary constructor's base call
    [InlineData("Empty", 1)] // the implicit constructor
    [InlineData("EmptyStatic", 0)]
    [InlineData("Color", 1)]
    [InlineData("Money", 0)]
    public void ForTypeInitializers_ReferenceTypes_MakeTypeCcEqualMicrosoftMetrics(string type, int expected)
    {
        var (declaration, _, model) = Type(MsCases.Cc, type);
        Assert.Equal(expected, CyclomaticComplexity.ForTypeInitializers(declaration, model));
    }
}
