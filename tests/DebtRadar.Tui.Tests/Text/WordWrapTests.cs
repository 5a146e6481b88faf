using DebtRadar.Tui.Text;

namespace DebtRadar.Tui.Tests.Text;

public sealed class WordWrapTests
{
    [Fact]
    public void Lines_LongLine_BreaksAtSpacesKeepingIndent()
    {
        Assert.Equal(["  see: one", "  two three"], WordWrap.Lines("  see: one two three", 11));
    }

    [Fact]
    public void Lines_WordLongerThanWidth_Cut()
    {
        Assert.Equal(["abcd", "efgh"], WordWrap.Lines("abcdefgh", 4));
    }

    [Fact]
    public void Lines_Fits_Unchanged()
    {
        Assert.Equal(["short"], WordWrap.Lines("short", 10));
    }
}

public sealed class ShortenTests
{
    [Fact]
    public void Tail_TooLong_KeepsTheEnd()
    {
        Assert.Equal("…PetaPoco.cs", Shorten.Tail("benchmarks/PetaPoco/PetaPoco.cs", 12));
        Assert.Equal("short.cs", Shorten.Tail("short.cs", 12));
    }
}

public sealed class ShortenMemberTests
{
    [Fact]
    public void Member_Namespaced_TypeAndNameKept()
    {
        Assert.Equal("SqlMapper.Format(System.Object)", Shorten.Member("Dapper.SqlMapper.Format(System.Object)"));
        Assert.Equal("C.M()", Shorten.Member("C.M()"));
    }

    [Fact]
    public void Head_TooLong_KeepsTheStart()
    {
        Assert.Equal("SqlMapper.Cre…", Shorten.Head("SqlMapper.CreateParamInfoGenerator(Identity)", 14));
    }
}
