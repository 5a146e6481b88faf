using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Health;
using DebtRadar.Core.Model;
using DebtRadar.Reports;
using DebtRadar.Tui.Data;
using DebtRadar.Tui.Text;

namespace DebtRadar.Tui.ViewModels;

/// <summary>The rows of the hotspot table, built from a stored snapshot.</summary>
internal static class HotspotRows
{
    /// <summary>
    /// Files with their stored churn and score; files without churn (no history, or unchanged in the
    /// window) score 0 and rank below every changed file.
    /// </summary>
    public static ImmutableArray<HotspotRow> Files(SnapshotView snapshot, Dictionary<string, List<double?>> trends) =>
    [
        .. snapshot.Files
            .Select(f =>
            {
                var churn = snapshot.Churn.GetValueOrDefault(f.Path);
                var debt = snapshot.FileDebt.GetValueOrDefault(f.Path);
                return new HotspotRow(
                    f.Path,
                    null,
                    1,
                    churn?.Revisions ?? 0,
                    churn is null ? 0 : churn.Added + churn.Deleted,
                    churn?.Authors ?? 0,
                    churn?.MainAuthorShare ?? 0,
                    f.Members.Sum(m => m.Metrics.Cognitive),
                    debt?.RemediationMinutes ?? 0,
                    debt?.Findings ?? 0,
                    debt?.Rating ?? DebtRating.A,
                    churn?.HotspotScore ?? 0,
                    HotspotsViewModel.TrendOf(trends, f.Path));
            })
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Revisions)
            .ThenByDescending(r => r.Cognitive)
            .ThenBy(r => r.Path, StringComparer.Ordinal),
    ];

    /// <summary>
    /// Members: the snapshot stores churn per file, not per member, so a member takes its file's
    /// revisions and the score is METRICS.md's hotspot formula over members — normalised file
    /// revisions × normalised member cognitive complexity (decision 0030).
    /// </summary>
    public static ImmutableArray<HotspotRow> Members(SnapshotView snapshot, Dictionary<string, List<double?>> trends)
    {
        var debts = snapshot.Debt.Members.GroupBy(m => (m.Path, m.Name)).ToDictionary(g => g.Key, g => g.First());
        var members = snapshot.Files.SelectMany(f => f.Members.Select(m => (File: f, Member: m))).ToList();
        var maxRevisions = members.Select(m => snapshot.Churn.GetValueOrDefault(m.File.Path)?.Revisions ?? 0).DefaultIfEmpty().Max();
        var maxCognitive = members.Select(m => m.Member.Metrics.Cognitive).DefaultIfEmpty().Max();
        return
        [
            .. members
                .Select(x =>
                {
                    var churn = snapshot.Churn.GetValueOrDefault(x.File.Path);
                    var name = $"{x.Member.Type}.{x.Member.Name}";
                    var debt = debts.GetValueOrDefault((x.File.Path, name));
                    var revisions = churn?.Revisions ?? 0;
                    var cognitive = x.Member.Metrics.Cognitive;
                    var score = maxRevisions == 0 || maxCognitive == 0 ? 0 : (double)revisions / maxRevisions * cognitive / maxCognitive;
                    return new HotspotRow(
                        x.File.Path,
                        name,
                        x.Member.Line,
                        revisions,
                        churn is null ? 0 : churn.Added + churn.Deleted,
                        churn?.Authors ?? 0,
                        churn?.MainAuthorShare ?? 0,
                        cognitive,
                        debt?.RemediationMinutes ?? 0,
                        debt?.Findings ?? 0,
                        debt?.Rating ?? DebtRating.A,
                        score,
                        HotspotsViewModel.TrendOf(trends, x.File.Path));
                })
                .OrderByDescending(r => r.Score)
                .ThenByDescending(r => r.Cognitive)
                .ThenBy(r => r.Path, StringComparer.Ordinal)
                .ThenBy(r => r.Line),
        ];
    }

    /// <summary>The detail strip: size, worst member, findings, ownership.</summary>
    public static string Detail(SnapshotView snapshot, HotspotRow row)
    {
        var file = snapshot.Files.FirstOrDefault(f => f.Path == row.Path);
        if (file is null)
        {
            return TextSafety.ForConsole(row.Path);
        }

        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{TextSafety.ForConsole(FileName(row.Path))}: {file.Lines:N0} lines") };
        var worst = file.Members.OrderByDescending(m => m.Metrics.Cognitive).ThenBy(m => m.Line).FirstOrDefault();
        if (row.Member is null && worst is not null)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"worst member {TextSafety.ForConsole(worst.Name)} cog {worst.Metrics.Cognitive}"));
        }
        else if (row.Member is not null && file.Members.FirstOrDefault(m => $"{m.Type}.{m.Name}" == row.Member) is { } member)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {member.Line} · cc {member.Metrics.Cyclomatic} · nest {member.Metrics.MaxNesting} · mi {member.Metrics.MaintainabilityIndex}"));
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{snapshot.FindingsOf(row.Path).Length} findings"));
        if (file.Health is { } health)
        {
            // The largest penalty tells the reader where to start (docs/health.md lists every factor).
            var lowest = file.HealthFactors.IsEmpty ? string.Empty : $", mostly {file.HealthFactors[0].Factor}";
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"health {health:0.0} ({HealthScore.Band(health).ToString().ToLowerInvariant()}{lowest})"));
        }

        if (snapshot.Churn.GetValueOrDefault(row.Path) is { } churn)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{churn.Revisions} revisions · {churn.Authors} authors, main {churn.MainAuthorShare:0%}"));
        }
        else
        {
            parts.Add("no change in the history window");
        }

        return string.Join(" · ", parts);
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
