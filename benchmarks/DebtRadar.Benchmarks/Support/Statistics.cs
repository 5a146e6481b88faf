namespace DebtRadar.Benchmarks.Support;

/// <summary>Summaries of repeated measurements.</summary>
internal static class Statistics
{
    /// <summary>The middle value (the mean of the two middle ones for an even count); the values are not changed.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
