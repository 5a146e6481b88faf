using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Debt;

/// <summary>SQALE debt of a scan at every level: remediation minutes, ratio, A–E rating, and interest for files and above.</summary>
public static class DebtCalculator
{
    /// <summary>Computes the debt of <paramref name="scan"/>.</summary>
    /// <param name="scan">A scan with findings.</param>
    /// <param name="cost">The cost model.</param>
    /// <param name="history">Change frequency per repository-relative file path, when history was read; null or missing paths use the cost model's prior.</param>
    public static DebtReport Compute(ScanResult scan, CostModel cost, IReadOnlyDictionary<string, ChangeFrequency>? history = null)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(cost);
        var files = ImmutableArray.CreateBuilder<DebtItem>();
        var types = ImmutableArray.CreateBuilder<DebtItem>();
        var members = ImmutableArray.CreateBuilder<DebtItem>();
        var projects = ImmutableArray.CreateBuilder<DebtItem>();
        foreach (var project in scan.Projects)
        {
            var typeFindings = project.Findings.ToLookup(f => f.Path, StringComparer.Ordinal);
            foreach (var file in project.Files)
            {
                var findings = file.Findings.Concat(typeFindings[file.Path]).ToList();
                if (findings.Count > 0)
                {
                    files.Add(WithInterest(Item(DebtLevel.File, file.Path, file.Path, findings, LinesOf(file), cost), history?.GetValueOrDefault(file.Path), cost));
                }

                foreach (var member in file.Members)
                {
                    var own = file.Findings.Where(f => f.Type == member.Type && f.Member == member.Name).ToList();
                    if (own.Count > 0)
                    {
                        members.Add(Item(DebtLevel.Member, $"{member.Type}.{member.Name}", file.Path, own, member.Metrics.SourceLines, cost));
                    }
                }
            }

            var allFindings = project.Files.SelectMany(f => f.Findings).Concat(project.Findings).ToList();
            foreach (var type in project.Types)
            {
                var own = allFindings.Where(f => f.Type == type.Name).ToList();
                if (own.Count > 0)
                {
                    types.Add(Item(DebtLevel.Type, type.Name, type.File, own, type.SourceLines, cost));
                }
            }

            projects.Add(Item(DebtLevel.Project, project.Name, string.Empty, allFindings, project.Files.Sum(LinesOf), cost));
        }

        var everything = scan.Projects.SelectMany(p => p.Files.SelectMany(f => f.Findings).Concat(p.Findings)).Concat(scan.Findings).ToList();
        var solution = Item(DebtLevel.Solution, scan.Target, string.Empty, everything, scan.Projects.Sum(p => p.Files.Sum(LinesOf)), cost);
        var interest = Sum(files.Select(f => f.InterestMinutesPerYear), history is null ? 0 : files.Count(f => history.ContainsKey(f.Path)), files.Count);
        return new DebtReport(
            solution with
            {
                InterestMinutesPerYear = interest,
                BreakingPointYears = interest is { Low: > 0, High: > 0 } ? new Range(solution.RemediationMinutes / interest.High, solution.RemediationMinutes / interest.Low, interest.Sources) : null,
            },
            projects.ToImmutable(),
            [.. files.OrderByDescending(f => f.RemediationMinutes)],
            [.. types.OrderByDescending(t => t.RemediationMinutes)],
            [.. members.OrderByDescending(m => m.RemediationMinutes)]);
    }

    /// <summary>Lines of code of a file: nloc, or its source lines where nloc was not measured.</summary>
    private static int LinesOf(FileResult file) => file.Nloc > 0 ? file.Nloc : file.SourceLines;

    private static DebtItem Item(DebtLevel level, string name, string path, List<Finding> findings, int lines, CostModel cost)
    {
        var minutes = findings.Sum(f => f.RemediationMinutes);
        var ratio = lines == 0 ? 0 : minutes / (cost.MinutesPerLine * lines);
        return new DebtItem(level, name, path, findings.Count, Math.Round(minutes, 1), lines, ratio, cost.Rate(ratio));
    }

    private static DebtItem WithInterest(DebtItem item, ChangeFrequency? history, CostModel cost)
    {
        var (interest, breaking) = Interest.Compute(item.RemediationMinutes, item.Rating, history, cost);
        return item with { InterestMinutesPerYear = interest, BreakingPointYears = breaking };
    }

    /// <summary>The sum of the files' interest; per-file change rates are summarised as one source line.</summary>
    private static Range? Sum(IEnumerable<Range?> ranges, int fromHistory, int files)
    {
        var list = ranges.OfType<Range>().ToList();
        if (list.Count == 0)
        {
            return null;
        }

        // Per-file lines on change rates and on each rating's share of the penalty are summarised, one line each.
        var sources = list.SelectMany(r => r.Sources)
            .Where(s => !s.StartsWith("changes/year", StringComparison.Ordinal) && !s.StartsWith("rating ", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
        return new Range(list.Sum(r => r.Low), list.Sum(r => r.High),
        [
            $"changes/year per file: git history for {fromHistory} of {files} files, prior for the rest",
            .. sources,
            "share of the worst-band penalty by rating: A 0, B 0.25, C 0.5, D 0.75, E 1: linear between bands (assumption)",
        ]);
    }
}
