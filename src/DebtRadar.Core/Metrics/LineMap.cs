using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Core.Metrics;

/// <summary>
/// The 0-based line of a position in one text, as <see cref="TextLineCollection.IndexOf"/> gives
/// it, for walks that ask about every token: the line starts are copied once into an array, and a
/// question about the line of the previous answer or one of the next few is answered without a
/// search (tokens come in source order). Roslyn's own lookup builds a <see cref="TextLine"/> per
/// question, which checks the line's bounds by reading characters of the text; a text read from a
/// large file is held in chunks, and each of those reads searches them.
/// One map may serve several threads (members of one file are measured at once): the remembered
/// line is only where a search starts, and any line gives the right answer.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] starts;
    private int last;

    private LineMap(int[] starts) => this.starts = starts;

    /// <summary>The lines of <paramref name="text"/>.</summary>
    public static LineMap Of(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Lines;
        var starts = new int[lines.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = lines[i].Start;
        }

        return new LineMap(starts);
    }

    /// <summary>The 0-based line that holds <paramref name="position"/> (a line's break belongs to it; the end of the text to the last line).</summary>
    public int LineOf(int position)
    {
        var line = last;
        if (position >= starts[line])
        {
            // The same line as last time, or one of the next few.
            var limit = Math.Min(starts.Length, line + 4);
            for (var i = line + 1; i < limit; i++)
            {
                if (position < starts[i])
                {
                    return last = i - 1;
                }
            }

            if (limit == starts.Length)
            {
                return last = starts.Length - 1;
            }
        }

        var found = Array.BinarySearch(starts, position);
        return last = found >= 0 ? found : ~found - 1;
    }

    /// <summary>The 0-based first and last line of a span that is not empty.</summary>
    public (int First, int Last) LinesOf(TextSpan span)
    {
        var first = LineOf(span.Start);
        return (first, span.Length == 1 || span.End <= NextStart(first) ? first : LineOf(span.End - 1));
    }

    private int NextStart(int line) => line + 1 < starts.Length ? starts[line + 1] : int.MaxValue;
}
