using System.Collections.Immutable;
using DebtRadar.Core.Debt;
using DebtRadar.Storage;

namespace DebtRadar.Tui.Data;

/// <summary>
/// The dashboard's reads, each made once: the snapshot list, full snapshots (on demand) and the
/// per-file trend (manifests only, no file results). Not thread-safe: the UI thread owns it.
/// </summary>
public sealed class DashboardData
{
    private readonly SnapshotStore _store;
    private readonly CostModel _cost;
    private readonly Dictionary<int, SnapshotView> _views = [];
    private readonly Dictionary<string, ImmutableArray<TrendRow>> _fileTrends = new(StringComparer.Ordinal);

    public DashboardData(SnapshotStore store, CostModel cost)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _cost = cost ?? throw new ArgumentNullException(nameof(cost));
        Snapshots = store.List();
    }

    /// <summary>Every snapshot, oldest first.</summary>
    public ImmutableArray<SnapshotInfo> Snapshots { get; private set; }

    /// <summary>Where the database is.</summary>
    public string DatabasePath => _store.Path;

    /// <summary>The cost model in force.</summary>
    public CostModel Cost => _cost;

    /// <summary>Reads the snapshot list again (after a rescan); cached trends are dropped.</summary>
    public void Refresh()
    {
        Snapshots = _store.List();
        _fileTrends.Clear();
    }

    /// <summary>The snapshots of <paramref name="target"/>, oldest first.</summary>
    public ImmutableArray<SnapshotInfo> SnapshotsOf(string target) => [.. Snapshots.Where(s => s.Target == target)];

    /// <summary>A full snapshot with its debt, or null when the id is unknown.</summary>
    public SnapshotView? View(int id)
    {
        if (_views.TryGetValue(id, out var cached))
        {
            return cached;
        }

        if (_store.Read(id) is not { } stored)
        {
            return null;
        }

        var view = SnapshotView.Of(stored, _cost);
        _views[id] = view;
        return view;
    }

    /// <summary>One row per snapshot of the target and file.</summary>
    public ImmutableArray<TrendRow> FileTrend(string target)
    {
        if (!_fileTrends.TryGetValue(target, out var rows))
        {
            rows = _store.Trend(TrendScope.File, target);
            _fileTrends[target] = rows;
        }

        return rows;
    }
}
