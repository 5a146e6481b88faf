using System.Collections.Immutable;

namespace DebtRadar.Cli.Proposal;

/// <summary>One file's bug-fix history, for the calibration.</summary>
/// <param name="Path">Repository-relative path.</param>
/// <param name="Lines">Lines of code (nloc).</param>
/// <param name="BugFixes">Bug-fix commits in the window that changed it.</param>
/// <param name="Unhealthy">True in the unhealthy group, false in the healthy one.</param>
internal sealed record DefectSample(string Path, int Lines, int BugFixes, bool Unhealthy);

/// <summary>The calibration's outcome.</summary>
/// <param name="Enough">Whether the data was enough to calibrate.</param>
/// <param name="Reason">Why not, or a summary of what was found.</param>
/// <param name="Ratio">Pooled bug-fix density of unhealthy / healthy files.</param>
/// <param name="RatioLow">5th percentile of the bootstrap ratios.</param>
/// <param name="RatioHigh">95th percentile.</param>
/// <param name="Unhealthy">Files in the unhealthy group.</param>
/// <param name="Healthy">Files in the healthy group.</param>
internal sealed record CalibrationResult(bool Enough, string Reason, double Ratio, double RatioLow, double RatioHigh, int Unhealthy, int Healthy)
{
    /// <summary>Defect reduction 1 − 1/ratio at the bootstrap's ends, never below 0.</summary>
    public (double Low, double High) Reduction => (Reduce(RatioLow), Reduce(RatioHigh));

    private static double Reduce(double ratio) => ratio <= 1 ? 0 : 1 - (1 / ratio);
}

/// <summary>
/// Estimates how many more bug fixes unhealthy files attract than healthy ones in this repository:
/// the ratio of pooled densities (bug-fix commits per thousand lines) of the two groups, with half a
/// bug-fix added to each group so a group without fixes gives a finite ratio. Its 90 % confidence
/// range comes from a stratified percentile bootstrap (files resampled with replacement within
/// each group) with a fixed seed, so the same data always gives the same range.
/// </summary>
internal static class DefectCalibration
{
    public const int DefaultIterations = 2000;
    public const int DefaultSeed = 20221;

    public static CalibrationResult Calibrate(
        IReadOnlyList<DefectSample> samples,
        int bugFixCommits,
        int minBugFixCommits,
        int minFilesPerGroup,
        int iterations = DefaultIterations,
        int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var unhealthy = samples.Where(s => s.Unhealthy && s.Lines > 0).ToImmutableArray();
        var healthy = samples.Where(s => !s.Unhealthy && s.Lines > 0).ToImmutableArray();
        if (bugFixCommits < minBugFixCommits)
        {
            return new CalibrationResult(false, $"{bugFixCommits} bug-fix commits in the window, fewer than the {minBugFixCommits} needed", 0, 0, 0, unhealthy.Length, healthy.Length);
        }

        if (unhealthy.Length < minFilesPerGroup || healthy.Length < minFilesPerGroup)
        {
            return new CalibrationResult(
                false,
                $"{unhealthy.Length} unhealthy and {healthy.Length} healthy files; each group needs at least {minFilesPerGroup}",
                0, 0, 0, unhealthy.Length, healthy.Length);
        }

        var ratio = Ratio(unhealthy, healthy);
        var random = new Random(seed);
        var ratios = new double[iterations];
        var u = new DefectSample[unhealthy.Length];
        var h = new DefectSample[healthy.Length];
        for (var i = 0; i < iterations; i++)
        {
            for (var j = 0; j < u.Length; j++)
            {
                u[j] = unhealthy[random.Next(unhealthy.Length)];
            }

            for (var j = 0; j < h.Length; j++)
            {
                h[j] = healthy[random.Next(healthy.Length)];
            }

            ratios[i] = Ratio(u, h);
        }

        Array.Sort(ratios);
        return new CalibrationResult(true, "calibrated", ratio, Percentile(ratios, 0.05), Percentile(ratios, 0.95), unhealthy.Length, healthy.Length);
    }

    /// <summary>Pooled bug-fix density of the first group over the second's, with half a fix added to each.</summary>
    internal static double Ratio(IReadOnlyList<DefectSample> unhealthy, IReadOnlyList<DefectSample> healthy) =>
        Density(unhealthy) / Density(healthy);

    private static double Density(IReadOnlyList<DefectSample> group)
    {
        double fixes = 0.5;
        double lines = 0;
        foreach (var sample in group)
        {
            fixes += sample.BugFixes;
            lines += sample.Lines;
        }

        return fixes / (lines / 1000.0);
    }

    /// <summary>Linear interpolation between closest ranks of sorted values.</summary>
    internal static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var position = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
