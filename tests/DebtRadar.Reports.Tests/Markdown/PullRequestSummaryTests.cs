using System.Globalization;
using DebtRadar.Reports.Markdown;
using DebtRadar.Reports.Tests.Golden;

namespace DebtRadar.Reports.Tests.Markdown;

public sealed class PullRequestSummaryTests
{
    private static string Write(int maxListed)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        PullRequestSummary.Write(writer, GoldenModel.Summary(withBaseline: true), maxListed);
        return writer.ToString();
    }

    [Fact]
    public void Write_MoreNewFindingsThanListed_ListsNThenCountsTheRest()
    {
        var text = Write(maxListed: 1);
        var section = text[text.IndexOf("### New findings", StringComparison.Ordinal)..text.IndexOf("### Fixed findings", StringComparison.Ordinal)];

        Assert.Single(section.Split('\n'), l => l.StartsWith("| DR", StringComparison.Ordinal));
        Assert.Contains("…and 1 more.", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EnoughRoom_ListsEveryNewFindingWithoutACount()
    {
        var text = Write(maxListed: 10);
        var section = text[text.IndexOf("### New findings", StringComparison.Ordinal)..text.IndexOf("### Fixed findings", StringComparison.Ordinal)];

        Assert.Equal(2, section.Split('\n').Count(l => l.StartsWith("| DR", StringComparison.Ordinal)));
        Assert.DoesNotContain("more.", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ErrorsFirst_NewFindingsOrderedBySeverity()
    {
        var rows = Write(maxListed: 10).Split('\n').Where(l => l.StartsWith("| DR", StringComparison.Ordinal)).ToList();

        Assert.StartsWith("| DR3001 | error", rows[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 min")]
    [InlineData(59.4, "59 min")]
    [InlineData(60, "1 h 00 min")]
    [InlineData(185, "3 h 05 min")]
    public void Minutes_ReadableHoursAndMinutes(double minutes, string expected) =>
        Assert.Equal(expected, PullRequestSummary.Minutes(minutes));
}
