using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Debt;
using DebtRadar.Storage;
using DebtRadar.Tui.Data;
using DebtRadar.Tui.Text;

namespace DebtRadar.Tui.ViewModels;

/// <summary>One point of the solution's trend.</summary>
/// <param name="Snapshot">The snapshot.</param>
/// <param name="DebtMinutes">Remediation minutes.</param>
/// <param name="Rating">A–E rating of the whole snapshot.</param>
/// <param name="Cognitive">Total cognitive complexity.</param>
/// <param name="Findings">Findings.</param>
/// <param name="Added">Findings new since the previous snapshot (by fingerprint), null for the first.</param>
/// <param name="Fixed">Findings gone since the previous snapshot, null for the first.</param>
public sealed record TrendPoint(SnapshotInfo Snapshot, double DebtMinutes, DebtRating Rating, int Cognitive, int Findings, int? Added, int? Fixed);

/// <summary>The trends screen: "is it getting better?" — the solution over its snapshots, and the selected file.</summary>
public sealed class TrendsViewModel
{
    public TrendsViewModel(IReadOnlyList<SnapshotView> snapshots, IEnumerable<TrendRow> fileTrend, string? selectedPath)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(fileTrend);
        var points = ImmutableArray.CreateBuilder<TrendPoint>();
        SnapshotView? previous = null;
        foreach (var view in snapshots)
        {
            var fingerprints = Fingerprints(view);
            var before = previous is null ? null : Fingerprints(previous);
            points.Add(new TrendPoint(
                view.Info,
                view.Debt.Solution.RemediationMinutes,
                view.Debt.Solution.Rating,
                view.Info.Totals.CognitiveTotal,
                view.Debt.Solution.Findings,
                before is null ? null : fingerprints.Except(before).Count(),
                before is null ? null : before.Except(fingerprints).Count()));
            previous = view;
        }

        Points = points.ToImmutable();
        _views = snapshots;
        SelectedPath = selectedPath;
        var ids = Points.Select(p => p.Snapshot.Id).ToHashSet();
        FileRows = selectedPath is null ? [] : [.. fileTrend.Where(r => r.Scope == selectedPath && ids.Contains(r.Snapshot))];
    }

    private readonly IReadOnlyList<SnapshotView> _views;

    public ImmutableArray<TrendPoint> Points { get; }

    public string? SelectedPath { get; }

    /// <summary>The selected file in each snapshot that has it.</summary>
    public ImmutableArray<TrendRow> FileRows { get; }

    /// <summary>Whether there is anything to draw a line through.</summary>
    public bool HasTrend => Points.Length >= 2;

    /// <summary>The screen as lines for a <paramref name="width"/> × <paramref name="height"/> area.</summary>
    public IReadOnlyList<string> Render(int width, int height)
    {
        if (Points.IsEmpty)
        {
            return ["No snapshot yet: run `debtradar scan <solution>` first."];
        }

        var lines = new List<string>();
        if (!HasTrend)
        {
            lines.Add("One snapshot only: a trend needs a second one.");
            lines.Add("Scan again after a change (press r), or record past commits: `debtradar backfill --commits 20`.");
            lines.Add(string.Empty);
        }

        var labels = Points.Select(p => p.Snapshot.Metadata.Timestamp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        var charts = new List<(string Title, IReadOnlyList<double?> Values, IReadOnlyList<string> Labels, Func<double, string> Format, double? Floor, double? Ceiling)>
        {
            ("Debt (hours) — solution", Points.Select(p => (double?)p.DebtMinutes / 60).ToList(), labels, v => v.ToString("0.#", CultureInfo.InvariantCulture), null, null),
            ("Rating (A best … E worst) — solution", Points.Select(p => (double?)((int)p.Rating + 1)).ToList(), labels, v => ((DebtRating)Math.Clamp((int)Math.Round(v) - 1, 0, 4)).ToString(), 0, 5),
            ("Cognitive complexity, total — solution", Points.Select(p => (double?)p.Cognitive).ToList(), labels, Integer, null, null),
            ("Findings — solution", Points.Select(p => (double?)p.Findings).ToList(), labels, Integer, null, null),
        };
        if (SelectedPath is not null)
        {
            // The file's debt as the hotspot table counts it (its own and its types' findings), from the full snapshots.
            var debt = _views.Select(v => v.Files.Any(f => f.Path == SelectedPath) ? (v.FileDebt.GetValueOrDefault(SelectedPath)?.RemediationMinutes ?? 0) / 60 : (double?)null).ToList();
            var byId = FileRows.ToDictionary(r => r.Snapshot);
            charts.Add(($"Debt (hours) — {Reports.TextSafety.ForConsole(SelectedPath)}", debt, labels, v => v.ToString("0.#", CultureInfo.InvariantCulture), null, null));
            charts.Add(($"Cognitive complexity — {Reports.TextSafety.ForConsole(SelectedPath)}", Points.Select(p => byId.TryGetValue(p.Snapshot.Id, out var r) ? r.Totals.CognitiveTotal : (double?)null).ToList(), labels, Integer, null, null));
        }

        // Two charts side by side when the terminal is wide enough; each chart gets an equal share of the rows.
        var columns = width >= 96 ? 2 : 1;
        var chartWidth = columns == 1 ? width : (width / 2) - 2;
        var rowsOfCharts = (charts.Count + columns - 1) / columns;
        var room = height - lines.Count - 2;
        var barHeight = Math.Clamp((room / rowsOfCharts) - 4, 2, 8);
        for (var i = 0; i < charts.Count; i += columns)
        {
            var rendered = charts.Skip(i).Take(columns).Select(c => TextChart.Render(c.Title, c.Values, c.Labels, chartWidth, barHeight, c.Format, c.Floor, c.Ceiling)).ToList();
            var tallest = rendered.Max(r => r.Count);
            for (var row = 0; row < tallest; row++)
            {
                lines.Add(string.Join("  ", rendered.Select(r => (row < r.Count ? r[row] : string.Empty).PadRight(chartWidth))).TrimEnd());
            }

            lines.Add(string.Empty);
        }

        lines.Add("Findings added / fixed per snapshot: " + string.Join("  ", Points.Skip(1).TakeLast(12).Select(p => string.Create(CultureInfo.InvariantCulture, $"+{p.Added}/−{p.Fixed}"))));
        return lines;
    }

    private static string Integer(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static HashSet<string> Fingerprints(SnapshotView view) =>
        view.FindingsByFile.Values.SelectMany(f => f).Concat(view.Scan.Findings).Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
}
