using System.Globalization;
using System.Text;

namespace DebtRadar.Tui.Text;

/// <summary>
/// A column chart drawn with block characters, one column per point: a pure function from a
/// series to lines, so it reflows with the terminal and is tested as text (decision 0030).
/// </summary>
public static class TextChart
{
    private const string Eighths = " ▁▂▃▄▅▆▇█";

    /// <summary>Lines of a chart of <paramref name="values"/> (null: no data) <paramref name="height"/> rows high, at most <paramref name="width"/> wide.</summary>
    /// <param name="title">First line.</param>
    /// <param name="values">One value per point, oldest first.</param>
    /// <param name="labels">One label per point (dates), shown under the first and last columns.</param>
    /// <param name="width">Columns available, axis included.</param>
    /// <param name="height">Rows for the bars.</param>
    /// <param name="format">How an axis value is written.</param>
    /// <param name="floor">Lowest value of the axis (default: 0 or the lowest value below it).</param>
    /// <param name="ceiling">Highest value of the axis (default: the highest value).</param>
    public static IReadOnlyList<string> Render(string title, IReadOnlyList<double?> values, IReadOnlyList<string> labels, int width, int height, Func<double, string> format, double? floor = null, double? ceiling = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(format);
        var lines = new List<string> { title };
        var present = values.OfType<double>().ToList();
        if (present.Count == 0)
        {
            lines.Add("  (no data)");
            return lines;
        }

        var max = ceiling ?? Math.Max(present.Max(), 0);
        // A trend is about change: when every value is positive the axis starts a little below the
        // lowest one (its label says where), else a 591 h → 600 h change would not show at all.
        var lowest = present.Min();
        var min = floor ?? (lowest > 0 ? Math.Max(0, lowest - ((max - lowest) * 0.25) - (max * 0.01)) : Math.Min(lowest, 0));
        var top = format(max);
        var bottom = format(min);
        var axis = Math.Max(top.Length, bottom.Length);
        var room = Math.Max(1, width - axis - 2);

        // Each point takes the same number of columns (at least one); the newest points win when there are too many.
        var shown = values.Skip(Math.Max(0, values.Count - room)).ToList();
        var shownLabels = labels.Skip(Math.Max(0, labels.Count - room)).ToList();
        var step = Math.Max(1, Math.Min(3, room / Math.Max(1, shown.Count)));
        height = Math.Max(1, height);
        var span = max - min;
        for (var row = height - 1; row >= 0; row--)
        {
            var builder = new StringBuilder();
            var label = row == height - 1 ? top : row == 0 ? bottom : string.Empty;
            builder.Append(label.PadLeft(axis)).Append(" │");
            foreach (var value in shown)
            {
                var cell = Cell(value, min, span, height, row);
                builder.Append(cell);
                if (step > 1)
                {
                    builder.Append(cell, step - 2).Append(' ');
                }
            }

            lines.Add(builder.ToString().TrimEnd());
        }

        lines.Add(new string(' ', axis) + " └" + new string('─', Math.Min(room, shown.Count * step)));
        if (shownLabels.Count > 0)
        {
            var first = shownLabels[0];
            var last = shownLabels[^1];
            var gap = Math.Max(1, (shown.Count * step) - first.Length - last.Length);
            lines.Add(new string(' ', axis + 2) + (shownLabels.Count == 1 ? first : first + new string(' ', gap) + last));
        }

        return lines;
    }

    /// <summary>The character of one cell: full below the value, an eighth block at its top, blank above.</summary>
    private static char Cell(double? value, double min, double span, int height, int row)
    {
        if (value is not { } v)
        {
            return ' ';
        }

        // Height of the bar in eighths of a row; a non-zero value shows at least a sliver.
        var eighths = span <= 0 ? 0 : (int)Math.Round((v - min) / span * height * 8);
        if (eighths == 0 && v > min)
        {
            eighths = 1;
        }

        var filled = eighths - (row * 8);
        return filled >= 8 ? '█' : filled <= 0 ? ' ' : Eighths[filled];
    }

    /// <summary>Hours with no decimals above 10, one below.</summary>
    public static string Hours(double minutes) => (minutes / 60).ToString(minutes >= 600 ? "0" : "0.#", CultureInfo.InvariantCulture) + " h";
}
