using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using static DebtRadar.Core.Tests.Metrics.Ms.MsTestKit;

namespace DebtRadar.Core.Tests.Metrics.Ms;

public sealed class MaintainabilityIndexTests
{
    [Theory]
    [InlineData("NotCounted(int?, int[], object)", 63)]
    [InlineData("Logic(bool, bool, int, int)", 86)]
    [InlineData("Patterns(int[])", 88)]
    [InlineData("Collections(IEnumerable<int>)", 82)]
    [InlineData("Access(Task<string?>, Dictionary<string, List<int>>?)", 80)]
    [InlineData("Nothing()", 100)]
    [InlineData("Switches(int)", 81)]
    [InlineData("Lambdas(List<int>)", 72)]
    [InlineData("Value.get", 96)]
    [InlineData("Add(Money)", 92)]
    public void ForMember_ReferenceCases_EqualsMicrosoftMetrics(string member, int expected) =>
        Assert.Equal(expected, MaintainabilityIndex.ForMember(Member(MsCases.Cc, member)));

    [Theory]
    [InlineData("Statements(int, int)", 63)]
    [InlineData("Summary(string, int)", 77)] // a parameter default adds an effective line
    [InlineData("Handle(T, CancellationToken)", 87)]
    public void ForMember_InitializersAndAttributes_EqualsMicrosoftMetrics(string member, int expected) =>
        Assert.Equal(expected, MaintainabilityIndex.ForMember(Member(MsCases.Lines, member)));

    [Fact]
    public void ForMember_ParameterDefault_DiffersFromFormulaOverExecutableLines()
    {
        var member = Member(MsCases.Lines, "Summary(string, int)");
        var formula = MaintainabilityIndex.Compute(HalsteadCounter.MsVolume(member), CyclomaticComplexity.Compute(member), ExecutableLines.Compute(member));
        Assert.NotEqual(MaintainabilityIndex.ForMember(member), formula);
    }

    [Theory]
    [InlineData(0, 0, 0, 100)] // ln terms clamp at 0: (171 − 0) / 171
    [InlineData(1e30, 500, 100000, 0)] // negative clamps at 0
    [InlineData(100, 3, 5, 70)] // 171 − 5.2·4.6052 − 0.69 − 16.2·1.6094 = 120.29 → 70.35
    [InlineData(1, 0, 1, 100)]
    public void Compute_Formula_ClampsAndRounds(double volume, int cc, int lines, int expected) =>
        Assert.Equal(expected, MaintainabilityIndex.Compute(volume, cc, lines));

    [Theory]
    [InlineData("CcCases", 76)]
    [InlineData("PrimaryWithInit", 89)]
    [InlineData("Backed", 89)]
    [InlineData("Color", 93)] // the single counted child's own MI
    [InlineData("Money", 97)]
    [InlineData("Empty", 100)]
    public void ForTypeSymbol_ReferenceTypes_EqualsMicrosoftMetrics(string type, int expected)
    {
        var (_, symbol, model) = Type(MsCases.Cc, type);
        Assert.Equal(expected, MaintainabilityIndex.ForTypeSymbol(symbol, model));
    }

    [Fact]
    public void ForType_SingleMember_IsThatMembersMi()
    {
        var metrics = new MemberMetrics(3, 0, 10, 4, 8, 1, 1, 120.5, HalsteadMetrics.Empty, 71, 2);
        Assert.Equal(71, MaintainabilityIndex.ForType([metrics]));
        Assert.Equal(100, MaintainabilityIndex.ForType([]));
    }

    [Fact]
    public void MsVolume_SyntaxOnly_CloseToSemantic()
    {
        var semantic = HalsteadCounter.MsVolume(Member(MsCases.Lines, "Statements(int, int)"));
        var syntax = HalsteadCounter.MsVolume(Member(MsCases.Lines, "Statements(int, int)", semantic: false));
        Assert.True(semantic > 0);
        Assert.InRange(syntax, semantic * 0.5, semantic * 1.5);
    }

    [Fact]
    public void Textbook_SmallMethod_CountsTokens()
    {
        // return a + a * 2; → operators: return, +, *, ; (N1 4, n1 4); operands a, a, 2 (N2 3, n2 2)
        var halstead = HalsteadCounter.Textbook(Member("class C { int M(int a) { return a + a * 2; } }", "M(int)", semantic: false));
        Assert.Equal(new HalsteadMetrics(5, 2, 5, 3), halstead);
    }
}
