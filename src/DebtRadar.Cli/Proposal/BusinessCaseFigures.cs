using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Proposal;
using CoreRange = DebtRadar.Core.Debt.Range;

namespace DebtRadar.Cli.Proposal;

/// <summary>The target's findings and debt, and the business case built on them.</summary>
internal static class BusinessCaseFigures
{
    public static ImmutableArray<Finding> Findings(ResolvedTarget target, ProposalContext context)
    {
        var files = target.Files.ToHashSet(StringComparer.Ordinal);
        return [.. context.FileFindings.Where(f => target.Kind == TargetKind.Type ? f.Type == target.Types[0] : files.Contains(f.Path))];
    }

    public static ImmutableArray<RuleTally> Tally(ImmutableArray<Finding> findings) =>
    [
        .. findings.GroupBy(f => (f.RuleId, f.Category))
            .Select(g => new RuleTally(g.Key.RuleId, g.Key.Category, g.Count(), Math.Round(g.Sum(f => f.RemediationMinutes), 1)))
            .OrderByDescending(t => t.Minutes).ThenBy(t => t.RuleId, StringComparer.Ordinal),
    ];

    /// <summary>Debt the way <see cref="DebtCalculator"/> computes it: minutes over (cost per line × nloc).</summary>
    public static DebtFigures Debt(ResolvedTarget target, ImmutableArray<Finding> findings, ProposalContext context)
    {
        var cost = context.Options.Cost;
        var lines = target.Kind == TargetKind.Type
            ? context.Types.First(t => t.Name == target.Types[0]).SourceLines
            : context.Files.Where(f => target.Files.Contains(f.Path)).Sum(f => f.Nloc > 0 ? f.Nloc : f.SourceLines);
        var minutes = Math.Round(findings.Sum(f => f.RemediationMinutes), 1);
        var ratio = lines == 0 ? 0 : minutes / (cost.MinutesPerLine * lines);
        return new DebtFigures(minutes, findings.Length, lines, cost.MinutesPerLine, ratio, cost.Rate(ratio));
    }

    public static BusinessCase Case(ResolvedTarget target, DebtFigures debt, ProposalContext context)
    {
        var options = context.Options;
        var fileLevel = FileLevelInterest(target, context);
        var members = context.MemberChanges
            .Where(m => target.Kind == TargetKind.Type ? m.Type == target.Types[0] : target.Files.Contains(m.File))
            .ToList();
        CoreRange? interest = fileLevel;
        double health = EffectPriors.Health(debt.Rating);
        var basis = $"rating {debt.Rating}";
        if (!context.MemberChanges.IsEmpty)
        {
            interest = MemberInterest.Hours(members, context.History.Years, options.Cost);
            if (MemberInterest.ChangeWeightedHealth(members) is { } weighted)
            {
                health = weighted;
                basis = string.Create(CultureInfo.InvariantCulture, $"its {members.Sum(m => m.Revisions)} member changes, each at the worst band when the member breaks a complexity or size rule, else at its file's rating share");
            }
        }

        var breaking = interest is { Low: > 0, High: > 0 } i && debt.Minutes > 0
            ? new CoreRange(debt.Minutes / 60 / i.High, debt.Minutes / 60 / i.Low, ["debt hours / interest hours per year"])
            : null;
        var calibration = Calibrate(health, context, out var calibrated);
        var defects = health <= 0 ? null : calibrated ?? EffectPriors.Defects(health, basis);
        var time = health <= 0 ? null : EffectPriors.Time(health, basis, options.Cost);
        return new BusinessCase(interest, fileLevel, health, basis, breaking, debt.Minutes / 60, options.HourlyRate, options.Currency, defects, time, calibration);
    }

    /// <summary>The scan summary's estimate: each file with findings at its own rating, summed.</summary>
    private static CoreRange? FileLevelInterest(ResolvedTarget target, ProposalContext context)
    {
        var files = target.Files.ToHashSet(StringComparer.Ordinal);
        var items = context.Debt.Files.Where(f => files.Contains(f.Path) && f.InterestMinutesPerYear is not null).ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var sources = items.Count == 1
            ? items[0].InterestMinutesPerYear!.Sources
            : [string.Create(CultureInfo.InvariantCulture, $"sum over {items.Count} files with findings, each: changes/year × minutes/change × penalty"), .. items.SelectMany(i => i.InterestMinutesPerYear!.Sources).Where(s => !s.StartsWith("changes/year", StringComparison.Ordinal) && !s.StartsWith("rating ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
        if (target.Kind == TargetKind.Type)
        {
            sources = [.. sources, "a type's file-level interest is that of the files that declare it"];
        }

        return new CoreRange(items.Sum(i => i.InterestMinutesPerYear!.Low) / 60, items.Sum(i => i.InterestMinutesPerYear!.High) / 60, sources);
    }

    /// <summary>
    /// Bug-fix density of files holding a member that breaks a complexity or size rule against files
    /// with no such member: a grouping fixed by the snapshot's code, not by how often files changed.
    /// </summary>
    private static Calibration Calibrate(double health, ProposalContext context, out CoreRange? range)
    {
        range = null;
        var options = context.Options;
        var patterns = string.Join(" | ", options.BugFixes.Patterns);
        if (!context.History.Available)
        {
            return new Calibration(false, "no history: " + context.History.Reason, 0, patterns, 0, 0, null, 0, 0);
        }

        if (health <= 0)
        {
            return new Calibration(false, "the target carries no health penalty: nothing to gain", context.BugFixShas.Count, patterns, 0, 0, null, 0, 0);
        }

        var unhealthy = context.Files
            .Where(f => f.Findings.Any(x => x.Member is not null && MemberInterest.UnhealthyCategories.Contains(x.Category)))
            .Select(f => f.Path)
            .ToHashSet(StringComparer.Ordinal);
        var fixes = context.History.History.ChangeSets.Where(c => context.BugFixShas.Contains(c.Commit)).ToList();
        var fixesPerFile = fixes.SelectMany(c => c.Files).GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var scanned = context.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var commits = fixes.Count(c => c.Files.Any(scanned.Contains));
        var samples = context.Files
            .Where(f => !f.Members.IsEmpty)
            .Select(f => new DefectSample(f.Path, f.Nloc, fixesPerFile.GetValueOrDefault(f.Path), unhealthy.Contains(f.Path)))
            .ToList();
        var result = DefectCalibration.Calibrate(samples, commits, options.MinBugFixCommits, options.MinFilesPerGroup);
        if (!result.Enough)
        {
            return new Calibration(false, result.Reason + "; the Code Red priors are used", commits, patterns, result.Unhealthy, result.Healthy, null, 0, 0);
        }

        var (low, high) = result.Reduction;
        range = new CoreRange(low, high,
        [
            string.Create(CultureInfo.InvariantCulture, $"this repository: bug-fix commits per 1000 lines in files holding a member that breaks a complexity or size rule ({result.Unhealthy}) vs the other files ({result.Healthy}): ratio {result.Ratio:0.##}, 90% bootstrap range {result.RatioLow:0.##}–{result.RatioHigh:0.##}"),
            "reduction = 1 − 1/ratio: assumes the fixed code would attract bug fixes as the healthy files do",
        ]);
        return new Calibration(true, "calibrated on this repository's bug-fix commits", commits, patterns, result.Unhealthy, result.Healthy, result.Ratio, DefectCalibration.DefaultIterations, DefectCalibration.DefaultSeed);
    }
}
