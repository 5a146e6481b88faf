using System.Collections.Immutable;
using System.Xml.Linq;

namespace DebtRadar.Core.Coverage;

/// <summary>
/// OpenCover: each module lists its files (<c>uid</c> → <c>fullPath</c>); each method names its
/// file (<c>&lt;FileRef uid&gt;</c>) and has sequence points (<c>vc</c> visits, <c>sl</c> start
/// line) and branch points. A line's hits are the most visits of a sequence point starting on it;
/// its branches are the branch points starting on it, covered when visited.
/// </summary>
internal static class OpenCoverFormat
{
    public static CoverageReport Parse(XElement root)
    {
        var files = new Dictionary<string, Dictionary<int, LineCoverage>>(StringComparer.Ordinal);
        foreach (var module in root.Descendants("Module"))
        {
            var paths = module.Element("Files")?.Elements("File")
                .ToDictionary(f => (string?)f.Attribute("uid") ?? string.Empty, f => CoverageReader.NormalisePath((string?)f.Attribute("fullPath") ?? string.Empty), StringComparer.Ordinal)
                ?? [];
            foreach (var method in module.Descendants("Method"))
            {
                var uid = (string?)method.Element("FileRef")?.Attribute("uid");
                if (uid is null || !paths.TryGetValue(uid, out var path) || path.Length == 0)
                {
                    continue;
                }

                if (!files.TryGetValue(path, out var lines))
                {
                    lines = [];
                    files[path] = lines;
                }

                var hits = new Dictionary<int, int>();
                foreach (var point in method.Elements("SequencePoints").Elements("SequencePoint"))
                {
                    var line = CoverageReader.Int(point, "sl");
                    hits[line] = Math.Max(hits.GetValueOrDefault(line), CoverageReader.Int(point, "vc"));
                }

                var branches = new Dictionary<int, (int Covered, int Total)>();
                foreach (var point in method.Elements("BranchPoints").Elements("BranchPoint"))
                {
                    var line = CoverageReader.Int(point, "sl");
                    var (covered, total) = branches.GetValueOrDefault(line);
                    branches[line] = (covered + (CoverageReader.Int(point, "vc") > 0 ? 1 : 0), total + 1);
                }

                // Branch points count only on lines that have a sequence point: those are the coverable lines.
                foreach (var line in hits.Keys)
                {
                    var (covered, total) = branches.GetValueOrDefault(line);
                    var coverage = new LineCoverage(hits.GetValueOrDefault(line), covered, total);
                    lines[line] = lines.TryGetValue(line, out var seen) ? seen.Merge(coverage) : coverage;
                }
            }
        }

        return new CoverageReport([.. files.Select(f => new CoverageFile([f.Key], f.Value.ToImmutableDictionary()))]);
    }
}
