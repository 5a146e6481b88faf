using System.Globalization;
using DebtRadar.Core.Health;
using DebtRadar.Core.Model;

namespace DebtRadar.Cli.Rendering;

/// <summary>The health, duplication and coverage lines of the scan summary.</summary>
internal static class HealthSummary
{
    public static IEnumerable<string> Lines(ScanResult scan, IReadOnlyList<FileResult> files)
    {
        var scored = files.DistinctBy(f => f.Path, StringComparer.Ordinal).Where(f => f.Health is not null).ToList();
        if (scored.Count > 0)
        {
            var bands = scored.GroupBy(f => HealthScore.Band(f.Health!.Value)).ToDictionary(g => g.Key, g => g.Count());
            var worst = scored.OrderBy(f => f.Health).ThenBy(f => f.Path, StringComparer.Ordinal).First();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"Health: {scored.Average(f => f.Health!.Value):0.0} of 10 on average · {bands.GetValueOrDefault(HealthBand.Red)} red, {bands.GetValueOrDefault(HealthBand.Yellow)} yellow, {bands.GetValueOrDefault(HealthBand.Green)} green files · worst {worst.Path} {worst.Health:0.0}");
        }

        yield return string.Create(CultureInfo.InvariantCulture,
            $"Duplication: {scan.DuplicationDensity:0.0%} of lines ({scan.DuplicatedLines:N0} lines in {scan.Clones.Length} clone groups)");
        if (scan.Coverage is { } coverage)
        {
            var crap = scan.Findings.Count(f => f.RuleId == "DR1402");
            var line = coverage.LineCoverage is { } c ? c.ToString("0.0%", CultureInfo.InvariantCulture) : "no line";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"Coverage: {line} of coverable lines · {coverage.FilesJoined} of {coverage.FilesInReports} report files joined ({coverage.Reports.Length} reports) · {crap} members above the CRAP threshold");
        }
    }
}
