using DebtRadar.History.Model;

namespace DebtRadar.History.Tests.Git;

public sealed class WhenExpressionTests
{
    private static readonly DateTimeOffset Head = new(2025, 3, 31, 15, 30, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData("12.months", false, "2024-03-31T15:30:00+02:00")]
    [InlineData("1.month", false, "2025-02-28T15:30:00+02:00")]
    [InlineData("90.days", false, "2024-12-31T15:30:00+02:00")]
    [InlineData("2.weeks", false, "2025-03-17T15:30:00+02:00")]
    [InlineData("1.year", false, "2024-03-31T15:30:00+02:00")]
    [InlineData("2024-01-31", false, "2024-01-31T00:00:00+00:00")]
    [InlineData("2024-01-31", true, "2024-01-31T23:59:59+00:00")]
    public void Resolve_CountsBackFromTheAnalysedCommit(string text, bool isEnd, string expected)
    {
        Assert.True(WhenExpression.TryParse(text, out var when, out _));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), when!.Resolve(Head, isEnd));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("12.fortnights")]
    [InlineData("-3.days")]
    [InlineData("2024-13-01")]
    [InlineData("yesterday")]
    public void TryParse_Unknown_ReturnsMessage(string text)
    {
        Assert.False(WhenExpression.TryParse(text, out var when, out var error));

        Assert.Null(when);
        Assert.Contains("12.months", error, StringComparison.Ordinal);
    }
}
