using System.Globalization;
using System.Text;

namespace DebtRadar.Reports.Proposal;

/// <summary>
/// The small SVG subset every viewer renders the same (GitHub's image proxy, browsers): one root with a
/// viewBox, rect, line, polyline, circle and text; no script, no CSS, no external reference.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder text = new();

    public Svg(int width, int height, string title)
    {
        Width = width;
        Height = height;
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        text.Append("<title>").Append(Escape(title)).Append("</title>\n");
        Rect(0, 0, width, height, "#ffffff");
    }

    public int Width { get; }

    public int Height { get; }

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null) =>
        text.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(Math.Max(0, height))}\" fill=\"{fill}\"{(stroke is null ? string.Empty : $" stroke=\"{stroke}\"")}/>\n");

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1) =>
        text.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"/>\n");

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 2)
    {
        var list = string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)));
        text.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{list}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"/>\n");
    }

    public void Circle(double x, double y, double r, string fill, string? stroke = null, string? tooltip = null)
    {
        var attributes = string.Create(CultureInfo.InvariantCulture, $"cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"{fill}\"{(stroke is null ? string.Empty : $" stroke=\"{stroke}\" stroke-width=\"2\"")}");
        text.Append(tooltip is null ? $"<circle {attributes}/>\n" : $"<circle {attributes}><title>{Escape(tooltip)}</title></circle>\n");
    }

    public void Text(double x, double y, string content, string anchor = "start", string fill = "#333333", bool bold = false, int? size = null) =>
        text.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" fill=\"{fill}\"{(bold ? " font-weight=\"bold\"" : string.Empty)}{(size is { } s ? $" font-size=\"{s}\"" : string.Empty)}>{Escape(content)}</text>\n");

    public override string ToString() => text + "</svg>\n";

    /// <summary>Coordinates with at most one decimal, invariant: the same bytes on every machine.</summary>
    public static string N(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
}
