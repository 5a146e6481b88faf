using DebtRadar.Reports.Markdown;

namespace DebtRadar.Reports.Tests.Markdown;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("@team", "&#64;team")]
    [InlineData("#12", "&#35;12")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<script>", "\\<script\\>")]
    [InlineData("[link](http://x)", "\\[link\\](http://x)")]
    [InlineData("*bold* _it_", "\\*bold\\* \\_it\\_")]
    [InlineData("line\nbreak", "line\\\\u000abreak")] // renders as line\u000abreak
    public void Escape_MarkupMentionsAndControls_AreNeutralised(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(text));

    [Theory]
    [InlineData("src/A.cs", "`src/A.cs`")]
    [InlineData("a|b`c", "`a\\|b'c`")]
    [InlineData("", "")]
    public void Code_KeepsTablesIntactAndNeverClosesEarly(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Code(text));
}
