using DebtRadar.Core.Coverage;

namespace DebtRadar.Core.Tests.Coverage;

public sealed class CoveragePathsTests
{
    private static readonly CoveragePaths Paths = new("/repo", ["src/Shop/Orders.cs", "src/Billing/Orders.cs", "src/Shop/Cart.cs"]);

    [Fact]
    public void Match_UnderTheRepositoryRoot_ExactPath() =>
        Assert.Equal("src/Billing/Orders.cs", Paths.Match(["/repo/src/Billing/Orders.cs"]));

    [Fact]
    public void Match_OtherMachine_LongestUniqueTail() =>
        Assert.Equal("src/Shop/Orders.cs", Paths.Match(["/home/ci/build/src/Shop/Orders.cs"]));

    [Fact]
    public void Match_WindowsSeparatorsNormalisedByTheReader_TailStillMatches() =>
        Assert.Equal("src/Shop/Cart.cs", Paths.Match(["C:/agent/_work/1/s/src/Shop/Cart.cs"]));

    [Fact]
    public void Match_OnlyTheFileNameAndTwoCandidates_Ambiguous() =>
        Assert.Null(Paths.Match(["/elsewhere/Orders.cs"]));

    [Fact]
    public void Match_UnknownFile_Null() =>
        Assert.Null(Paths.Match(["/repo/src/Shop/Missing.cs"]));
}
