using System.Collections.Immutable;
using DebtRadar.Core.Coverage;
using DebtRadar.Core.Metrics.Clones;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Core.Scanning;

namespace DebtRadar.Core.Health;

/// <summary>
/// What can only be measured once every file is: clones across the solution (from each file's
/// stored token fingerprint, so reused results take part), the coverage join, the scan-scope rules,
/// then each file's code health. Every field it sets is recomputed from scratch, so a result reused
/// from an earlier snapshot never carries that snapshot's clones, coverage or health.
/// </summary>
public static class SolutionPass
{
    /// <summary>Runs the pass over a scan whose projects are all measured.</summary>
    public static ScanResult Run(ScanResult scan, ScanOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(options);
        scan = WithClones(scan, CloneOptionsOf(options.Rules), cancellationToken);

        IReadOnlyDictionary<string, double> fileCoverage = new Dictionary<string, double>(StringComparer.Ordinal);
        if (options.Coverage is { } coverage)
        {
            (scan, fileCoverage) = CoverageJoin.Apply(scan, coverage.Report, coverage.Names);
        }
        else
        {
            // A file without coverage keeps its members (the same objects), so storage sees it unchanged.
            scan = scan with { Coverage = null, Projects = [.. scan.Projects.Select(p => p with { Files = [.. p.Files.Select(f => HasCoverage(f) ? CoverageJoin.WithCoverage(f, null) : f)] })] };
        }

        scan = scan with { Findings = RuleRunner.ForScan(options.Rules, scan) };
        return WithHealth(scan, fileCoverage);
    }

    /// <summary>Clone thresholds: DR1401's parameters when the rule is active, SonarQube's defaults otherwise.</summary>
    public static CloneOptions CloneOptionsOf(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var rule = rules.Rules.FirstOrDefault(r => r.Definition.Id == "DR1401");
        return rule is null
            ? CloneOptions.Default
            : new CloneOptions((int)rule.Parameter("minTokens", CloneOptions.Default.MinTokens), (int)rule.Parameter("minLines", CloneOptions.Default.MinLines));
    }

    private static bool HasCoverage(FileResult file) =>
        file.Members.Any(m => m.Metrics.LineCoverage is not null || m.Metrics.BranchCoverage is not null || m.Metrics.Crap is not null);

    private static ScanResult WithClones(ScanResult scan, CloneOptions options, CancellationToken cancellationToken)
    {
        var files = scan.Projects.SelectMany(p => p.Files).DistinctBy(f => f.Path, StringComparer.Ordinal).Select(f => (f.Path, f.Tokens)).ToList();
        var groups = CloneDetector.Find(files, options, cancellationToken);
        var duplicated = CloneDetector.DuplicatedLines(groups);
        return scan with
        {
            Clones = groups,
            Projects = [.. scan.Projects.Select(p => p with { Files = [.. p.Files.Select(f => f with { DuplicatedLines = duplicated.GetValueOrDefault(f.Path) })] })],
        };
    }

    private static ScanResult WithHealth(ScanResult scan, IReadOnlyDictionary<string, double> fileCoverage)
    {
        var scanFindings = scan.Findings.ToLookup(f => f.Path, StringComparer.Ordinal);
        var projects = ImmutableArray.CreateBuilder<ProjectResult>(scan.Projects.Length);
        foreach (var project in scan.Projects)
        {
            var types = project.Types.DistinctBy(t => t.Name, StringComparer.Ordinal).ToDictionary(t => t.Name, StringComparer.Ordinal);
            var typeFindings = project.Findings.ToLookup(f => f.Path, StringComparer.Ordinal);
            var files = project.Files.Select(file =>
            {
                var findings = file.Findings.Concat(typeFindings[file.Path]).Concat(scanFindings[file.Path]);
                double? coverage = scan.Coverage is null ? null : fileCoverage.TryGetValue(file.Path, out var c) ? c : null;
                var (score, factors) = HealthScore.Compute(HealthInputs.For(file, types, findings, coverage));
                return file with { Health = score, HealthFactors = factors };
            });
            projects.Add(project with { Files = [.. files] });
        }

        return scan with { Projects = projects.MoveToImmutable() };
    }
}
