using System.Collections.Immutable;
using DebtRadar.Storage;
using DebtRadar.Tui.Data;
using DebtRadar.Tui.Text;

namespace DebtRadar.Tui.ViewModels;

/// <summary>
/// The start screen: "where does debt hurt?". Files ranked by the hotspot score stored with the
/// snapshot (History computed it at scan time), or members; sortable, filtered as the user types.
/// </summary>
public sealed class HotspotsViewModel
{
    private readonly ImmutableArray<HotspotRow> _files;
    private readonly ImmutableArray<HotspotRow> _members;

    public HotspotsViewModel(SnapshotView snapshot, IEnumerable<TrendRow> fileTrend)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(fileTrend);
        Snapshot = snapshot;
        var trends = TrendsBefore(snapshot.Info, fileTrend);
        _files = HotspotRows.Files(snapshot, trends);
        _members = HotspotRows.Members(snapshot, trends);
        Apply();
    }

    public SnapshotView Snapshot { get; }

    public HotspotLevel Level { get; private set; } = HotspotLevel.Files;

    public HotspotColumn SortColumn { get; private set; } = HotspotColumn.Score;

    public bool Descending { get; private set; } = true;

    public string Filter { get; private set; } = string.Empty;

    /// <summary>The rows shown: filtered, then sorted; ties keep the ranking order.</summary>
    public ImmutableArray<HotspotRow> Rows { get; private set; }

    /// <summary>Whether the snapshot carries churn (a scan with --no-history or outside git has none).</summary>
    public bool HasChurn => !Snapshot.Scan.Churn.IsEmpty;

    /// <summary>Rows at this level before filtering.</summary>
    public int Total => (Level == HotspotLevel.Files ? _files : _members).Length;

    /// <summary>"sort: score ▼".</summary>
    public string SortText => $"sort: {Header(SortColumn).ToLowerInvariant()} {(Descending ? "▼" : "▲")}";

    public void ToggleLevel()
    {
        Level = Level == HotspotLevel.Files ? HotspotLevel.Members : HotspotLevel.Files;
        Apply();
    }

    public void SetFilter(string text)
    {
        Filter = text ?? string.Empty;
        Apply();
    }

    /// <summary>Sorts by <paramref name="column"/>; the same column again flips the direction.</summary>
    public void SortBy(HotspotColumn column)
    {
        if (column == SortColumn)
        {
            Descending = !Descending;
        }
        else
        {
            SortColumn = column;
            Descending = column != HotspotColumn.Name;
        }

        Apply();
    }

    /// <summary>The next column (the <c>s</c> key).</summary>
    public void NextSort() => SortBy((HotspotColumn)(((int)SortColumn + 1) % Enum.GetValues<HotspotColumn>().Length));

    /// <summary>The line under the table for the selected row.</summary>
    public string Detail(int index) => index < 0 || index >= Rows.Length ? string.Empty : HotspotRows.Detail(Snapshot, Rows[index]);

    public static string Header(HotspotColumn column) => column switch
    {
        HotspotColumn.Name => "Name",
        HotspotColumn.Revisions => "Rev",
        HotspotColumn.Churn => "Churn",
        HotspotColumn.Authors => "Auth",
        HotspotColumn.Cognitive => "Cog",
        HotspotColumn.Debt => "Debt",
        HotspotColumn.Rating => "Rating",
        HotspotColumn.Score => "Score",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    private void Apply()
    {
        var source = Level == HotspotLevel.Files ? _files : _members;
        var filtered = Filter.Length == 0
            ? source
            : source.Where(r => r.Name.Contains(Filter, StringComparison.OrdinalIgnoreCase) || r.Path.Contains(Filter, StringComparison.OrdinalIgnoreCase));
        Func<HotspotRow, IComparable> key = SortColumn switch
        {
            HotspotColumn.Name => r => r.Name,
            HotspotColumn.Revisions => r => r.Revisions,
            HotspotColumn.Churn => r => r.Churn,
            HotspotColumn.Authors => r => r.Authors,
            HotspotColumn.Cognitive => r => r.Cognitive,
            HotspotColumn.Debt => r => r.DebtMinutes,
            HotspotColumn.Rating => r => r.Rating,
            _ => r => r.Score,
        };
        var comparer = SortColumn == HotspotColumn.Name ? (IComparer<IComparable>)Comparer<IComparable>.Create((a, b) => string.CompareOrdinal((string)a, (string)b)) : Comparer<IComparable>.Default;
        Rows = [.. Descending ? filtered.OrderByDescending(key, comparer) : filtered.OrderBy(key, comparer)];
    }

    /// <summary>Per file, its debt in each snapshot of the target up to this one, oldest first.</summary>
    private static Dictionary<string, List<double?>> TrendsBefore(SnapshotInfo current, IEnumerable<TrendRow> rows)
    {
        var all = rows.ToList();
        var snapshots = all.Select(r => r.Snapshot).Distinct().ToList();
        var index = snapshots.IndexOf(current.Id);
        if (index >= 0)
        {
            snapshots = snapshots.Take(index + 1).ToList();
        }

        var byFile = all.GroupBy(r => r.Scope, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Snapshot, r => r.Totals.DebtMinutes), StringComparer.Ordinal);
        return byFile.ToDictionary(f => f.Key, f => snapshots.Select(s => f.Value.TryGetValue(s, out var d) ? d ?? 0 : (double?)null).ToList(), StringComparer.Ordinal);
    }

    internal static string TrendOf(Dictionary<string, List<double?>> trends, string path) =>
        trends.TryGetValue(path, out var series) ? Sparkline.Of(series) : string.Empty;
}
