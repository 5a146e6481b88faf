using System.Globalization;
using DebtRadar.Reports;
using DebtRadar.Storage;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace DebtRadar.Tui.Views;

/// <summary>Screen 4: the recorded snapshots; Enter shows one, c compares it with the one shown.</summary>
internal sealed class SnapshotsScreen : Screen
{
    private readonly DashboardShell _shell;
    private readonly IReadOnlyList<SnapshotInfo> _snapshots;
    private readonly GridView _table = new() { X = 0, Y = 0, Height = Dim.Fill() };

    public SnapshotsScreen(DashboardShell shell, IReadOnlyList<SnapshotInfo> snapshots, int shown)
    {
        _shell = shell;
        _snapshots = snapshots;
        var invariant = CultureInfo.InvariantCulture;
        _table.Show(
            ["", "Id", "Date", "Commit", "Branch", "Target", "Files", "Lines", "Findings", "Debt"],
            [.. snapshots.Select(s => new[]
            {
                s.Id == shown ? "▶" : string.Empty,
                s.Id.ToString(invariant),
                s.Metadata.Timestamp.ToString("yyyy-MM-dd HH:mm", invariant),
                TextSafety.ForConsole(s.Metadata.Commit is { } c ? c[..Math.Min(8, c.Length)] + (s.Metadata.Dirty ? "+" : string.Empty) : "-"),
                TextSafety.ForConsole(s.Metadata.Branch ?? "-"),
                TextSafety.ForConsole(s.Target),
                s.Totals.Files.ToString(invariant),
                s.Totals.Loc.ToString("N0", invariant),
                s.Totals.Findings?.ToString(invariant) ?? "-",
                s.Totals.DebtMinutes is { } d ? Text.TextChart.Hours(d) : "-",
            })],
            rightAligned: [1, 6, 7, 8, 9]);
        _table.SelectedRow = Math.Max(0, snapshots.ToList().FindIndex(s => s.Id == shown));
        _table.OnOpen(Pick);
    }

    public override View Root => _table;

    public override string Title => "Snapshots";

    public override IReadOnlyList<(string Key, string Label)> KeyHelp => [("Enter", "show"), ("c", "compare with shown"), ("Esc", "back"), ("?", "help"), ("q", "quit")];

    public override void Shown() => _table.SetFocus();

    public override bool HandleKey(Key key, char? text)
    {
        if (text == 'c' && Selected is { } snapshot)
        {
            _shell.ShowCompare(snapshot.Id);
            return true;
        }

        return false;
    }

    private SnapshotInfo? Selected => _snapshots.Count == 0 ? null : _snapshots[Math.Clamp(_table.SelectedRow, 0, _snapshots.Count - 1)];

    private void Pick()
    {
        if (Selected is { } snapshot)
        {
            _shell.ShowSnapshot(snapshot.Id);
        }
    }
}
