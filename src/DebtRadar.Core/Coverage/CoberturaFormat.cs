using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DebtRadar.Core.Coverage;

/// <summary>
/// Cobertura as coverlet writes it: <c>&lt;sources&gt;</c> holds base folders and each
/// <c>&lt;class filename&gt;</c> is relative to one of them (or absolute). Lines come from each
/// class's own <c>&lt;lines&gt;</c> (the per-method lists repeat them); <c>condition-coverage="50% (1/2)"</c>
/// gives a line's branches. A file split over several classes (nested, partial, async state
/// machines) merges its lines.
/// </summary>
internal static partial class CoberturaFormat
{
    public static CoverageReport Parse(XElement root)
    {
        var sources = root.Element("sources")?.Elements("source").Select(s => CoverageReader.NormalisePath(s.Value.Trim())).Where(s => s.Length > 0).ToList() ?? [];
        var files = new Dictionary<string, Dictionary<int, LineCoverage>>(StringComparer.Ordinal);
        foreach (var @class in root.Descendants("class"))
        {
            var name = (string?)@class.Attribute("filename") ?? throw new FormatException("<class> has no 'filename'");
            name = CoverageReader.NormalisePath(name);
            if (!files.TryGetValue(name, out var lines))
            {
                lines = [];
                files[name] = lines;
            }

            foreach (var line in @class.Elements("lines").Elements("line"))
            {
                var number = CoverageReader.Int(line, "number");
                var (covered, total) = Branches((string?)line.Attribute("condition-coverage"));
                var coverage = new LineCoverage(CoverageReader.Int(line, "hits"), covered, total);
                lines[number] = lines.TryGetValue(number, out var seen) ? seen.Merge(coverage) : coverage;
            }
        }

        return new CoverageReport([.. files.Select(f => new CoverageFile(Candidates(f.Key, sources), f.Value.ToImmutableDictionary()))]);
    }

    private static ImmutableArray<string> Candidates(string name, List<string> sources)
    {
        if (IsRooted(name) || sources.Count == 0)
        {
            return [name];
        }

        return [.. sources.Select(s => s.TrimEnd('/') + "/" + name.TrimStart('/')), name];
    }

    private static bool IsRooted(string path) => path.StartsWith('/') || (path.Length > 2 && path[1] == ':' && path[2] == '/');

    private static (int Covered, int Total) Branches(string? conditionCoverage)
    {
        if (conditionCoverage is null)
        {
            return (0, 0);
        }

        var match = ConditionPattern().Match(conditionCoverage);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : throw new FormatException($"condition-coverage '{conditionCoverage}' is not 'N% (covered/total)'");
    }

    [GeneratedRegex(@"\((\d+)/(\d+)\)")]
    private static partial Regex ConditionPattern();
}
