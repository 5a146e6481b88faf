using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Reports;
using DebtRadar.Reports.Comparison;
using DebtRadar.Reports.Markdown;

namespace DebtRadar.Cli.Gate;

/// <summary>The verdict on one condition: which, whether it held, and the line that explains it.</summary>
internal sealed record GateCheck(string Condition, bool Passed, string Line);

/// <summary>
/// Judges a change against gate conditions. Pure: a comparison in, one check per set condition
/// out. "New" comes from the comparison, which matches findings by fingerprint as a multiset, so
/// moved code is never new debt.
/// </summary>
internal static class GateEvaluator
{
    private const int Examples = 3;

    public static ImmutableArray<GateCheck> Evaluate(ChangeSummary summary, GateConditions conditions)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(conditions);
        var diff = summary.Diff ?? new FindingDiff([], [], 0, 0);
        var checks = ImmutableArray.CreateBuilder<GateCheck>();
        if (conditions.MaxNewDebtMinutes is { } maxDebt)
        {
            var added = diff.NewDebtMinutes;
            checks.Add(new GateCheck(
                "max-new-debt",
                added <= maxDebt,
                Invariant($"new debt {PullRequestSummary.Minutes(added)} ({added} min from {diff.New.Length} new finding(s)) {(added <= maxDebt ? "within" : "exceeds")} --max-new-debt {maxDebt} min")));
        }

        if (conditions.MaxNewFindings is { } maxFindings)
        {
            var count = diff.New.Length;
            checks.Add(new GateCheck(
                "max-new-findings",
                count <= maxFindings,
                Invariant($"{count} new finding(s) {(count <= maxFindings ? "within" : "exceed")} --max-new-findings {maxFindings}{List(diff.New)}")));
        }

        if (conditions.MinRating is { } minRating)
        {
            var rating = summary.Current.Rating;
            checks.Add(new GateCheck(
                "min-rating",
                rating <= minRating,
                Invariant($"rating {rating} {(rating <= minRating ? "meets" : "is worse than")} --min-rating {minRating}")));
        }

        if (conditions.MaxCcIncrease is { } maxIncrease)
        {
            var before = summary.Baseline?.CyclomaticTotal ?? summary.Current.CyclomaticTotal;
            var increase = summary.Current.CyclomaticTotal - before;
            checks.Add(new GateCheck(
                "max-cc-increase",
                increase <= maxIncrease,
                Invariant($"cyclomatic total {before} → {summary.Current.CyclomaticTotal} ({(increase >= 0 ? "+" : string.Empty)}{increase}) {(increase <= maxIncrease ? "within" : "exceeds")} --max-cc-increase {maxIncrease}")));
        }

        if (conditions.FailOnSeverity is { } severity)
        {
            var severe = diff.New.Where(f => f.Severity >= severity).ToList();
            var name = severity.ToString().ToLowerInvariant();
            checks.Add(new GateCheck(
                "fail-on-severity",
                severe.Count == 0,
                Invariant($"{severe.Count} new finding(s) of severity {name} or higher (--fail-on-severity {name}){List(severe)}")));
        }

        return checks.ToImmutable();
    }

    private static string List(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return string.Empty;
        }

        var shown = findings.Take(Examples).Select(f => Invariant($"{f.RuleId} {TextSafety.ForConsole(f.Path)}:{f.Line}"));
        return ": " + string.Join(", ", shown) + (findings.Count > Examples ? Invariant($", …{findings.Count - Examples} more") : string.Empty);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
