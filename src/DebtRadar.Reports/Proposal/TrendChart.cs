using System.Globalization;

namespace DebtRadar.Reports.Proposal;

/// <summary>Complexity (cc and cognitive totals) and debt hours of the target at each stored snapshot.</summary>
public static class TrendChart
{
    private const int Width = 640;
    private const int Left = 60;
    private const int Right = 620;

    /// <summary>The chart, or null when there are fewer than two points (the pack explains why instead).</summary>
    public static string? Write(TrendFigures trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var points = trend.Points;
        if (points.Length < 2)
        {
            return null;
        }

        var svg = new Svg(Width, 380, "Complexity and debt of the target at each stored snapshot");
        double X(int i) => Left + ((Right - Left) * i / (double)(points.Length - 1));

        var complexity = Axis.For(points.Max(p => Math.Max(p.Cognitive, p.Cyclomatic)), 170, 40);
        Panel(svg, complexity, "complexity (sum over the target's members)");
        svg.Polyline(points.Select((p, i) => (X(i), complexity.Map(p.Cyclomatic))), "#1f77b4");
        svg.Polyline(points.Select((p, i) => (X(i), complexity.Map(p.Cognitive))), "#d62728");
        // The axes start at 0 (no exaggerated slopes), so the first and last values are printed.
        Ends(svg, X(0), X(points.Length - 1), complexity.Map(points[0].Cyclomatic), complexity.Map(points[^1].Cyclomatic), points[0].Cyclomatic, points[^1].Cyclomatic, "#1f77b4");
        Ends(svg, X(0), X(points.Length - 1), complexity.Map(points[0].Cognitive), complexity.Map(points[^1].Cognitive), points[0].Cognitive, points[^1].Cognitive, "#d62728");
        svg.Text(Right, 30, "— cc.ms total", "end", "#1f77b4");
        svg.Text(Right - 100, 30, "— cog.sonar total", "end", "#d62728");

        var debt = Axis.For(points.Max(p => p.DebtMinutes / 60), 330, 220);
        Panel(svg, debt, "debt (remediation hours)");
        svg.Polyline(points.Select((p, i) => (X(i), debt.Map(p.DebtMinutes / 60))), "#ff7f0e");
        for (var i = 0; i < points.Length; i++)
        {
            svg.Circle(X(i), debt.Map(points[i].DebtMinutes / 60), 2.5, "#ff7f0e", tooltip: Tooltip(points[i]));
        }

        Ends(svg, X(0), X(points.Length - 1), debt.Map(points[0].DebtMinutes / 60), debt.Map(points[^1].DebtMinutes / 60), points[0].DebtMinutes / 60, points[^1].DebtMinutes / 60, "#ff7f0e");
        foreach (var i in new[] { 0, points.Length / 2, points.Length - 1 }.Distinct())
        {
            svg.Text(X(i), 350, points[i].Timestamp.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "middle");
            svg.Text(X(i), 364, "#" + points[i].Snapshot.ToString(CultureInfo.InvariantCulture), "middle", "#777777");
        }

        return svg.ToString();
    }

    private static void Ends(Svg svg, double x0, double x1, double y0, double y1, double first, double last, string colour)
    {
        svg.Text(x0 + 4, y0 - 5, first.ToString("0.#", CultureInfo.InvariantCulture), fill: colour);
        svg.Text(x1 - 4, y1 - 5, last.ToString("0.#", CultureInfo.InvariantCulture), "end", colour);
    }

    private static void Panel(Svg svg, Axis axis, string title)
    {
        svg.Text(Left, axis.PixelEnd - 14, title, bold: true);
        foreach (var tick in axis.Ticks())
        {
            var y = axis.Map(tick);
            svg.Line(Left, y, Right, y, "#dddddd");
            svg.Text(Left - 6, y + 4, Axis.Label(tick), "end", "#555555");
        }
    }

    private static string Tooltip(TrendPoint point) => string.Create(
        CultureInfo.InvariantCulture,
        $"snapshot #{point.Snapshot} {point.Timestamp.UtcDateTime:yyyy-MM-dd}: cc {point.Cyclomatic}, cognitive {point.Cognitive}, debt {point.DebtMinutes / 60:0.#} h");
}
