using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.History.Model;
using CoreRange = DebtRadar.Core.Debt.Range;

namespace DebtRadar.Cli.Proposal;

/// <summary>One member, whether it breaks a complexity or size rule, its file's rating share, and how often it changed.</summary>
internal sealed record MemberChange(string File, string Type, string Name, bool Unhealthy, int Revisions, double FileHealth = 0)
{
    /// <summary>The penalty share a change to it pays: the worst band's when it breaks a rule, else its file's rating share.</summary>
    public double Health => Unhealthy ? 1 : FileHealth;
}

/// <summary>
/// The interest formula of <c>Core.Debt.Interest</c> (changes/year × minutes/change × penalty) applied
/// where changes land: each member with its own revisions, and the worst band's penalty for a member
/// that breaks a complexity or size rule (function-level factors Code Red's health is built from);
/// a change to any other member pays its file's rating share, as the file-level estimate does. The file-level estimate divides a file's debt by all its lines, so a
/// 3,000-line file with 30 hours of findings rates A and pays no interest, while its changes keep
/// landing in its most complex members; both estimates are shown.
/// </summary>
internal static class MemberInterest
{
    public static readonly ImmutableHashSet<string> UnhealthyCategories = ["complexity", "size"];

    public static ImmutableArray<MemberChange> Changes(IEnumerable<FileResult> files, MemberHistoryResult history, DebtReport debt)
    {
        var ratings = debt.Files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(f => f.Rating), StringComparer.Ordinal);
        // Two members can share a display name (a member and an explicit implementation): the larger count.
        var revisions = history.Members.GroupBy(m => (m.File, m.Type, m.Name)).ToDictionary(g => g.Key, g => g.Max(m => m.Revisions));
        return
        [
            .. files.SelectMany(f =>
            {
                var flagged = f.Findings.Where(x => x.Member is not null && UnhealthyCategories.Contains(x.Category))
                    .Select(x => (x.Type, x.Member)).ToHashSet();
                return f.Members.Select(m => new MemberChange(
                    f.Path,
                    m.Type,
                    m.Name,
                    flagged.Contains((m.Type, m.Name)),
                    revisions.GetValueOrDefault((f.Path, m.Type, m.Name)),
                    EffectPriors.Health(ratings.GetValueOrDefault(f.Path, DebtRating.A))));
            }),
        ];
    }

    /// <summary>Interest in hours per year of these members (zero when none changed).</summary>
    public static CoreRange Hours(IReadOnlyCollection<MemberChange> members, double years, CostModel cost)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(cost);
        var unhealthy = members.Where(m => m.Unhealthy).Sum(m => m.Revisions);
        var all = members.Sum(m => m.Revisions);
        var perYear = years <= 0 ? 0 : members.Sum(m => m.Revisions * m.Health) / years;
        return new CoreRange(
            perYear * cost.MinutesPerChange * cost.PenaltyLow / 60,
            perYear * cost.MinutesPerChange * cost.PenaltyHigh / 60,
            [
                string.Create(CultureInfo.InvariantCulture, $"penalised changes/year {perYear:0.##}: member history, {all} member changes in {years:0.#} years, {unhealthy} of them in members that break a complexity or size rule"),
                string.Create(CultureInfo.InvariantCulture, $"minutes/change {cost.MinutesPerChange:0.#}: cost model (assumption)"),
                string.Create(CultureInfo.InvariantCulture, $"penalty +{cost.PenaltyLow * 100:0}%…+{cost.PenaltyHigh * 100:0}% in the worst band: Tornhill & Borg, Code Red, 2022"),
                "a change to a member breaking a complexity or size rule pays the worst band's penalty (assumption: those rules measure function-level factors Code Red's health is built from); any other change pays its file's rating share (A 0, B 0.25, C 0.5, D 0.75, E 1, linear between bands: assumption)",
            ]);
    }

    /// <summary>The penalty share of the member changes, weighted by revisions (0 healthy … 1 worst); null when none changed.</summary>
    public static double? ChangeWeightedHealth(IReadOnlyCollection<MemberChange> members)
    {
        var changes = members.Sum(m => m.Revisions);
        return changes == 0 ? null : members.Sum(m => m.Revisions * m.Health) / changes;
    }
}
