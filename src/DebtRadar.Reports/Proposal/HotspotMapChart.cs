using System.Globalization;

namespace DebtRadar.Reports.Proposal;

/// <summary>Every changed file as a dot: revisions across, cognitive complexity up; the target's files in red.</summary>
public static class HotspotMapChart
{
    private const int Left = 70;
    private const int Right = 620;
    private const int Top = 30;
    private const int Bottom = 370;

    /// <summary>The chart, or null when there is no map (the pack says why).</summary>
    public static string? Write(HotspotMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Points.IsEmpty)
        {
            return null;
        }

        var svg = new Svg(640, 420, "Churn x complexity of every changed file, the target marked");
        var x = Axis.For(map.Points.Max(p => p.Revisions), Left, Right);
        var y = Axis.For(map.Points.Max(p => p.Complexity), Bottom, Top);
        svg.Rect(Left, Top, Right - Left, Bottom - Top, "#fafafa", "#cccccc");
        foreach (var tick in x.Ticks())
        {
            svg.Text(x.Map(tick), Bottom + 16, Axis.Label(tick), "middle", "#555555");
        }

        foreach (var tick in y.Ticks())
        {
            svg.Text(Left - 6, y.Map(tick) + 4, Axis.Label(tick), "end", "#555555");
        }

        svg.Text((Left + Right) / 2.0, Bottom + 34, "revisions in the history window", "middle");
        svg.Text(Left, Top - 10, "cognitive complexity (sum over the file's members)", bold: true);
        // Targets last, so no other dot hides them.
        foreach (var p in map.Points.OrderBy(p => p.IsTarget).ThenBy(p => p.Path, StringComparer.Ordinal))
        {
            var tip = string.Create(CultureInfo.InvariantCulture, $"{p.Path}: {p.Revisions} revisions, cognitive {p.Complexity}");
            svg.Circle(x.Map(p.Revisions), y.Map(p.Complexity), p.IsTarget ? 6 : 3.5, p.IsTarget ? "#d62728" : "#9ecae1", p.IsTarget ? "#7f0000" : null, tip);
        }

        foreach (var p in map.Points.Where(p => p.IsTarget).OrderBy(p => p.Path, StringComparer.Ordinal).Take(5))
        {
            var px = x.Map(p.Revisions);
            svg.Text(px > (Left + Right) / 2.0 ? px - 9 : px + 9, y.Map(p.Complexity) - 8, FileName(p.Path), px > (Left + Right) / 2.0 ? "end" : "start", "#7f0000", bold: true);
        }

        return svg.ToString();
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
