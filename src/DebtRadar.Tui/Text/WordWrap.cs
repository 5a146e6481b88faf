namespace DebtRadar.Tui.Text;

/// <summary>Breaks a line at spaces to fit a width; a word longer than the width is cut.</summary>
public static class WordWrap
{
    public static IEnumerable<string> Lines(string line, int width)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (width <= 0 || line.Length <= width)
        {
            yield return line;
            yield break;
        }

        // Continuation lines keep the indentation of the first, so lists stay lists.
        var indent = new string(' ', Math.Min(line.Length - line.TrimStart().Length, width / 2));
        var rest = line;
        var first = true;
        while (rest.Length > 0)
        {
            var prefix = first ? string.Empty : indent;
            var room = width - prefix.Length;
            if (rest.Length <= room)
            {
                yield return prefix + rest;
                yield break;
            }

            var cut = rest.LastIndexOf(' ', room);
            if (cut <= 0)
            {
                cut = room;
            }

            yield return prefix + rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
            first = false;
        }
    }
}
