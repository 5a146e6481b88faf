using DebtRadar.Cli.Proposal;

namespace DebtRadar.Cli.Tests.Proposal;

public sealed class BugFixClassifierTests
{
    private static BugFixClassifier Default() => BugFixClassifier.TryCreate(BugFixClassifier.DefaultPatterns, out _)!;

    [Theory]
    [InlineData("Fix null reference in QueryAsync")]
    [InlineData("fixes #1234: wrong column order")]
    [InlineData("Bug: async reader leaks")]
    [InlineData("hotfix for 2.1.4")]
    [InlineData("Handle DBNull, closes #99\n\nThe reader returned null.")]
    [InlineData("fixed typo")]
    public void IsBugFix_FixMessages_AreBugFixes(string message)
    {
        Assert.True(Default().IsBugFix(message));
    }

    [Theory]
    [InlineData("Add support for DateOnly (#2011)")]
    [InlineData("Prefix parameters with @")]
    [InlineData("Debug output for the benchmarks")]
    [InlineData("Update README")]
    public void IsBugFix_OtherMessages_AreNot(string message)
    {
        Assert.False(Default().IsBugFix(message));
    }

    [Fact]
    public void IsBugFix_FixOnlyInTheBody_IsNotABugFix()
    {
        Assert.False(Default().IsBugFix("Support DateOnly (#2011)\n\n* fix typo\n* add tests"));
    }

    [Fact]
    public void TryCreate_IssueLinkPattern_CountsSquashMergeNumbers()
    {
        var classifier = BugFixClassifier.TryCreate([@"#\d+"], out _)!;

        Assert.True(classifier.IsBugFix("Add support for DateOnly (#2011)"));
    }

    [Fact]
    public void TryCreate_InvalidPattern_ReturnsAnErrorLine()
    {
        var classifier = BugFixClassifier.TryCreate(["fix("], out var error);

        Assert.Null(classifier);
        Assert.StartsWith("--bugfix-pattern 'fix(' is not a valid regular expression", error, StringComparison.Ordinal);
    }
}
