using System.Text;
using static DebtRadar.Reports.Proposal.Fmt;

namespace DebtRadar.Reports.Proposal;

internal static partial class ProposalMarkdown
{
    private static void Estimate(StringBuilder md, ProposalPack pack)
    {
        var c = pack.Case;
        Line(md, "## The estimate, and how it was made");
        Line(md);
        Line(md, $"Remediation: {Hours(c.RemediationHours)} h ({Money(c.RemediationHours * c.HourlyRate)} {c.Currency} at {N(c.HourlyRate)} {c.Currency}/h), the debt above.");
        Line(md);
        if (c.InterestHoursPerYear is { } interest)
        {
            Line(md, $"Interest: {Range(interest, Hours, " h")} per year ({Range(interest with { Low = interest.Low * c.HourlyRate, High = interest.High * c.HourlyRate }, Money, " " + c.Currency)}): extra time per change × changes per year, NDepend's idea with Code Red's coefficients.");
            Sources(md, interest.Sources);
            if (!ReferenceEquals(interest, c.FileLevelInterestHoursPerYear))
            {
                Line(md, c.FileLevelInterestHoursPerYear is { } file
                    ? $"For reference, the scan summary's file-level estimate (the same formula with each file's own rating) gives {Range(file, Hours, " h")} per year; a file's rating divides its debt by all its lines, so a large file rates well while its changes keep landing in its worst members."
                    : "For reference, the scan summary's file-level estimate gives no interest: the target has no finding at file level.");
                Line(md);
            }
            if (c.BreakingPointYears is { } b)
            {
                Line(md, $"Breaking point: {Payback(b)} = debt / interest (under a year: fixing pays back within the year).");
                Line(md);
            }

            if (c.ExpectedReturn is { } r)
            {
                Line(md, $"Expected return: {N(r.Low, "0.##")}–{N(r.High, "0.##")} interest hours avoided per year for each hour of remediation.");
                Line(md);
            }
        }
        else
        {
            Line(md, "Interest: none estimated (no finding, so no health penalty).");
            Line(md);
        }

        if (c.Health is { } health)
        {
            Line(md, $"Health penalty carried: {N(health, "0.##")} of the worst band's ({c.HealthBasis}; 0 is healthy, 1 the worst band).");
            Line(md);
        }

        if (c.DefectReduction is { } defects)
        {
            Line(md, $"Defects after bringing it to healthy levels: {Range(defects, Pct, " %")} fewer.");
            Sources(md, defects.Sources);
        }

        var cal = c.Calibration;
        Line(md, cal.Calibrated
            ? $"Calibration: {cal.Reason}: {I(cal.BugFixCommits)} bug-fix commits (messages matching `{Cell(cal.Patterns)}`), {I(cal.UnhealthyFiles)} unhealthy vs {I(cal.HealthyFiles)} healthy files, density ratio {N(cal.DensityRatio ?? 0, "0.##")}; stratified percentile bootstrap, {I(cal.Iterations)} resamples, seed {I(cal.Seed)} (90 % range)."
            : $"Calibration: not used ({cal.Reason}). Bug-fix patterns: `{Cell(cal.Patterns)}`.");
        Line(md);
        if (c.TimeReduction is { } time)
        {
            Line(md, $"Time per change after bringing it to healthy levels: {Range(time, Pct, " %")} less.");
            Sources(md, time.Sources);
        }

        Line(md, "Every range is as wide as its sources allow; a single number would claim a precision the inputs do not have.");
        Line(md);
    }

    private static void Sources(StringBuilder md, IEnumerable<string> sources)
    {
        Line(md);
        foreach (var source in sources)
        {
            Line(md, $"- {source}");
        }

        Line(md);
    }

    private static void Appendix(StringBuilder md, ProposalPack pack)
    {
        Line(md, "## Appendix: the data behind the charts");
        Line(md);
        if (pack.Trend.Points.IsEmpty)
        {
            Line(md, pack.Trend.Explanation ?? "No trend.");
        }
        else
        {
            Line(md, "Per snapshot (the `trend --by file` rows of the target's files, summed):");
            Line(md);
            Line(md, "| snapshot | date | commit | cc.ms total | cog.sonar total | debt minutes |");
            Line(md, "|---:|---|---|---:|---:|---:|");
            foreach (var p in pack.Trend.Points)
            {
                Line(md, $"| {I(p.Snapshot)} | {Date(p.Timestamp)} | {Short(p.Commit)} | {I(p.Cyclomatic)} | {I(p.Cognitive)} | {N(p.DebtMinutes)} |");
            }
        }

        Line(md);
        if (pack.History.Available && pack.History.Revisions > 0)
        {
            Line(md, "Per month (commits from the history reader, renames followed; lines from `git log --numstat` on the current paths):");
            Line(md);
            Line(md, "| month | commits | of which bug fixes | lines added | lines deleted |");
            Line(md, "|---|---:|---:|---:|---:|");
            foreach (var m in pack.History.Months)
            {
                Line(md, $"| {m.Month} | {I(m.Revisions)} | {I(m.BugFixes)} | {I(m.Added)} | {I(m.Deleted)} |");
            }

            Line(md);
        }
    }
}
