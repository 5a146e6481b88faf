using System.Globalization;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>Each clone group of the solution-wide pass is one finding, at its first place, naming every place.</summary>
internal sealed class DR1401DuplicatedCode : IScanDetector
{
    public string RuleId => "DR1401";

    public IEnumerable<ScanHit> Detect(ScanResult scan, ActiveRule rule) =>
        scan.Clones.Select(group =>
        {
            var first = group.Places[0];
            var places = string.Join(", ", group.Places.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Path}:{p.StartLine}–{p.EndLine}")));
            return new ScanHit(
                "clone " + group.Hash,
                first.Path,
                first.StartLine,
                string.Create(CultureInfo.InvariantCulture, $"Duplicated code ({group.Tokens} tokens, {group.Lines} lines) in {group.Places.Length} places: {places}"),
                group.Places.Length - 2);
        });
}
