using System.Globalization;

namespace DebtRadar.Reports.Proposal;

/// <summary>Revisions (bug fixes darker) and lines added/deleted per month of the history window.</summary>
public static class ChurnChart
{
    private const int Left = 60;
    private const int Right = 620;

    /// <summary>The chart, or null when there is no history or the target never changed (the pack says why).</summary>
    public static string? Write(HistoryFigures history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var months = history.Months;
        if (!history.Available || months.IsEmpty || history.Revisions == 0)
        {
            return null;
        }

        var svg = new Svg(640, 360, "Revisions and churn of the target per month");
        var slot = (Right - Left) / (double)months.Length;
        var bar = Math.Max(1, slot * 0.7);

        var revisions = Axis.For(months.Max(m => m.Revisions), 160, 40);
        Panel(svg, revisions, "commits per month (darker: bug fixes)");
        var churn = Axis.For(months.Max(m => Math.Max(m.Added, m.Deleted)), 310, 210);
        Panel(svg, churn, "lines per month (green added, red deleted)");
        for (var i = 0; i < months.Length; i++)
        {
            var m = months[i];
            var x = Left + (slot * i) + ((slot - bar) / 2);
            svg.Rect(x, revisions.Map(m.Revisions), bar, revisions.Map(0) - revisions.Map(m.Revisions), "#9ecae1");
            svg.Rect(x, revisions.Map(m.BugFixes), bar, revisions.Map(0) - revisions.Map(m.BugFixes), "#3182bd");
            svg.Rect(x, churn.Map(m.Added), bar / 2, churn.Map(0) - churn.Map(m.Added), "#31a354");
            svg.Rect(x + (bar / 2), churn.Map(m.Deleted), bar / 2, churn.Map(0) - churn.Map(m.Deleted), "#de2d26");
        }

        var step = Math.Max(1, (int)Math.Ceiling(months.Length / 6.0));
        for (var i = 0; i < months.Length; i += step)
        {
            svg.Text(Left + (slot * i) + (slot / 2), 330, months[i].Month, "middle");
        }

        svg.Text(Left, 350, string.Create(CultureInfo.InvariantCulture, $"{history.Revisions} commits, +{history.Added} −{history.Deleted} lines in the window"), fill: "#777777");
        return svg.ToString();
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
}
