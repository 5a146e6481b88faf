using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Reports.Comparison;

/// <summary>Which findings a change introduced and which it removed, against a baseline.</summary>
/// <param name="New">Findings of the current scan that the baseline did not have.</param>
/// <param name="Fixed">Findings of the baseline that the current scan no longer has.</param>
/// <param name="Existing">Findings present in both (moved ones included).</param>
/// <param name="Moved">Of <paramref name="Existing"/>, those found in another file than before.</param>
public sealed record FindingDiff(ImmutableArray<Finding> New, ImmutableArray<Finding> Fixed, int Existing, int Moved)
{
    /// <summary>Remediation minutes of the new findings: the debt the change adds (fixed findings do not offset it).</summary>
    public double NewDebtMinutes => Math.Round(New.Sum(f => f.RemediationMinutes), 1);

    /// <summary>Remediation minutes of the fixed findings.</summary>
    public double FixedDebtMinutes => Math.Round(Fixed.Sum(f => f.RemediationMinutes), 1);

    /// <summary>
    /// Compares two scans' findings as multisets. First by fingerprint (rule, path, type, member
    /// and the flagged code without formatting, no line numbers), so code moving inside a file is
    /// not new; then what is left on both sides is paired by rule, type, member and message with
    /// the path left out, so a member or type moved to another file is not new either.
    /// </summary>
    public static FindingDiff Compare(IEnumerable<Finding> baseline, IEnumerable<Finding> current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var before = baseline.ToList();
        var after = current.ToList();

        var (unmatchedAfter, unmatchedBefore) = Match(after, before, f => f.Fingerprint);
        var (added, removed) = Match(unmatchedAfter, unmatchedBefore, RelocationKey);
        var moved = unmatchedAfter.Count - added.Count;
        return new FindingDiff([.. added], [.. removed], after.Count - added.Count, moved);
    }

    private static string RelocationKey(Finding f) => string.Join('\u001f', f.RuleId, f.Type ?? string.Empty, f.Member ?? string.Empty, f.Message);

    /// <summary>Multiset difference both ways, each side keeping its order.</summary>
    private static (List<Finding> OnlyLeft, List<Finding> OnlyRight) Match(List<Finding> left, List<Finding> right, Func<Finding, string> key)
    {
        var available = right.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var onlyLeft = new List<Finding>();
        var matched = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in left)
        {
            var k = key(finding);
            if (available.TryGetValue(k, out var count) && count > 0)
            {
                available[k] = count - 1;
                matched[k] = matched.GetValueOrDefault(k) + 1;
            }
            else
            {
                onlyLeft.Add(finding);
            }
        }

        var onlyRight = new List<Finding>();
        foreach (var finding in right)
        {
            var k = key(finding);
            if (matched.TryGetValue(k, out var count) && count > 0)
            {
                matched[k] = count - 1;
            }
            else
            {
                onlyRight.Add(finding);
            }
        }

        return (onlyLeft, onlyRight);
    }
}
