using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Coverage;

/// <summary>
/// Joins a coverage report to a scan: each report file to a scanned file by path
/// (<see cref="CoveragePaths"/>), then each member to the report's lines inside its declaration
/// span. A member gets line coverage (covered / coverable lines), branch coverage (covered / all
/// branch outcomes, null without branches) and its CRAP score. Members of files the report does not
/// name, and members with no coverable line, keep null: unknown is not zero.
/// </summary>
public static class CoverageJoin
{
    /// <summary>The scan with coverage on its members, the summary of the join, and each joined file's line coverage.</summary>
    public static (ScanResult Scan, IReadOnlyDictionary<string, double> FileCoverage) Apply(ScanResult scan, CoverageReport report, ImmutableArray<string> reportNames)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(report);
        var paths = new CoveragePaths(scan.RepositoryRoot, scan.Projects.SelectMany(p => p.Files).Select(f => f.Path));
        var lines = new Dictionary<string, Dictionary<int, LineCoverage>>(StringComparer.Ordinal);
        foreach (var file in report.Files)
        {
            if (paths.Match(file.Candidates) is not { } path)
            {
                continue;
            }

            if (!lines.TryGetValue(path, out var joined))
            {
                joined = [];
                lines[path] = joined;
            }

            foreach (var (line, coverage) in file.Lines)
            {
                joined[line] = joined.TryGetValue(line, out var seen) ? seen.Merge(coverage) : coverage;
            }
        }

        var fileCoverage = lines.Where(l => l.Value.Count > 0)
            .ToDictionary(l => l.Key, l => (double)l.Value.Values.Count(v => v.Hits > 0) / l.Value.Count, StringComparer.Ordinal);
        var coverable = lines.Values.Sum(l => l.Count);
        var summary = new CoverageSummary(
            reportNames,
            report.Files.Length,
            lines.Count,
            coverable == 0 ? null : (double)lines.Values.Sum(l => l.Values.Count(v => v.Hits > 0)) / coverable);
        var projects = scan.Projects.Select(p => p with
        {
            Files = [.. p.Files.Select(f => WithCoverage(f, lines.GetValueOrDefault(f.Path)))],
        });
        return (scan with { Projects = [.. projects], Coverage = summary }, fileCoverage);
    }

    /// <summary>The file with every member's coverage set from <paramref name="lines"/> (all null when the report does not name it).</summary>
    public static FileResult WithCoverage(FileResult file, IReadOnlyDictionary<int, LineCoverage>? lines)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file with { Members = [.. file.Members.Select(m => m with { Metrics = Measure(m, lines) })] };
    }

    private static MemberMetrics Measure(MemberResult member, IReadOnlyDictionary<int, LineCoverage>? lines)
    {
        var metrics = member.Metrics;
        if (lines is null)
        {
            return metrics with { LineCoverage = null, BranchCoverage = null, Crap = null };
        }

        int coverable = 0, covered = 0, branches = 0, branchesCovered = 0;
        for (var line = member.StartLine; line <= member.EndLine; line++)
        {
            if (lines.TryGetValue(line, out var coverage))
            {
                coverable++;
                covered += coverage.Hits > 0 ? 1 : 0;
                branches += coverage.Branches;
                branchesCovered += coverage.BranchesCovered;
            }
        }

        if (coverable == 0)
        {
            return metrics with { LineCoverage = null, BranchCoverage = null, Crap = null };
        }

        var lineCoverage = (double)covered / coverable;
        return metrics with
        {
            LineCoverage = Math.Round(lineCoverage, 4),
            BranchCoverage = branches == 0 ? null : Math.Round((double)branchesCovered / branches, 4),
            Crap = Math.Round(Crap.Compute(metrics.Cyclomatic, lineCoverage), 2),
        };
    }
}
