using System.Text;

namespace DebtRadar.Tui.Text;

/// <summary>A series as one line of block characters (▁▂▃▄▅▆▇█), scaled between its own minimum and maximum.</summary>
public static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>The sparkline of <paramref name="values"/>; the last <paramref name="width"/> values when longer; a gap for null.</summary>
    public static string Of(IReadOnlyList<double?> values, int width = 8)
    {
        ArgumentNullException.ThrowIfNull(values);
        var shown = values.Skip(Math.Max(0, values.Count - width)).ToList();
        var present = shown.OfType<double>().ToList();
        if (present.Count == 0)
        {
            return string.Empty;
        }

        var min = present.Min();
        var max = present.Max();
        var builder = new StringBuilder(shown.Count);
        foreach (var value in shown)
        {
            if (value is not { } v)
            {
                builder.Append(' ');
                continue;
            }

            // A flat series sits at the bottom: no change is not "high".
            var level = max <= min ? 0 : (int)Math.Round((v - min) / (max - min) * (Blocks.Length - 1));
            builder.Append(Blocks[Math.Clamp(level, 0, Blocks.Length - 1)]);
        }

        return builder.ToString();
    }
}
