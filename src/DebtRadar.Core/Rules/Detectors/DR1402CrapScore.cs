using System.Globalization;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>Members whose CRAP score (from imported coverage) is above <c>threshold</c>; nothing without coverage.</summary>
internal sealed class DR1402CrapScore : IScanDetector
{
    public string RuleId => "DR1402";

    public IEnumerable<ScanHit> Detect(ScanResult scan, ActiveRule rule)
    {
        var threshold = rule.Parameter("threshold", 30);
        foreach (var file in scan.Projects.SelectMany(p => p.Files).DistinctBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var member in file.Members)
            {
                if (member.Metrics.Crap is { } crap && crap > threshold)
                {
                    yield return new ScanHit(
                        $"{member.Type}.{member.Name}",
                        file.Path,
                        member.Line,
                        string.Create(CultureInfo.InvariantCulture,
                            $"CRAP score {crap:0.#} (above {threshold}): cc {member.Metrics.Cyclomatic} with {member.Metrics.LineCoverage:0%} line coverage"),
                        Math.Round(crap - threshold, 1))
                    {
                        Type = member.Type,
                        Member = member.Name,
                    };
                }
            }
        }
    }
}
