using System.Globalization;

namespace DebtRadar.Reports.Proposal;

/// <summary>A linear scale from data to pixels with a "nice" upper bound, so tick labels are round numbers.</summary>
internal readonly record struct Axis(double Max, double PixelStart, double PixelEnd)
{
    public static Axis For(double dataMax, double pixelStart, double pixelEnd) => new(Nice(dataMax), pixelStart, pixelEnd);

    public double Map(double value) => PixelStart + ((PixelEnd - PixelStart) * (Max <= 0 ? 0 : value / Max));

    /// <summary>0, half and the maximum: enough to read a value off, few enough not to clutter.</summary>
    public IEnumerable<double> Ticks() => [0, Max / 2, Max];

    public static string Label(double value) =>
        value >= 10000 ? (value / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k" : value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above <paramref name="value"/> (1 for nothing).</summary>
    public static double Nice(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }
}
