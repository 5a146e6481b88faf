using DebtRadar.Core.Metrics;
using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Core.Tests.Metrics;

/// <summary>The line map answers as Roslyn's own line lookup, in any order of questions.</summary>
public sealed class LineMapTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("a\nb\r\nc\rd\u2028e\n")]
    [InlineData("\n\n\nx\n\n\n\n\n\n\ny")]
    public void LineOf_EveryPositionForwardBackwardAndScattered_EqualsRoslyn(string source)
    {
        var text = SourceText.From(source);
        var map = LineMap.Of(text);
        var positions = Enumerable.Range(0, text.Length + 1).ToList();
        var scattered = positions.Select((p, i) => positions[i * 7 % positions.Count]);

        foreach (var position in positions.Concat(Enumerable.Reverse(positions)).Concat(scattered))
        {
            Assert.Equal(text.Lines.IndexOf(position), map.LineOf(position));
        }
    }

    [Fact]
    public void LinesOf_SpansAcrossLines_FirstAndLastLineOfTheirCharacters()
    {
        var text = SourceText.From("ab\ncd\r\nef\n");
        var map = LineMap.Of(text);

        Assert.Equal((0, 0), map.LinesOf(TextSpan.FromBounds(0, 2)));
        Assert.Equal((0, 0), map.LinesOf(TextSpan.FromBounds(1, 3))); // up to and with the line break
        Assert.Equal((0, 1), map.LinesOf(TextSpan.FromBounds(1, 4)));
        Assert.Equal((1, 2), map.LinesOf(TextSpan.FromBounds(4, 8)));
        Assert.Equal((0, 2), map.LinesOf(TextSpan.FromBounds(0, 10)));
    }

    [Fact]
    public void LineOf_TextReadFromALargeFile_EqualsRoslyn()
    {
        // Past 40k characters a text read from a stream is kept in chunks, where Roslyn's lookup is slowest.
        var source = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"line {i} with some code;\n"));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(source));
        var text = SourceText.From(stream);
        var map = LineMap.Of(text);

        for (var position = 0; position <= text.Length; position += 13)
        {
            Assert.Equal(text.Lines.IndexOf(position), map.LineOf(position));
        }
    }
}
