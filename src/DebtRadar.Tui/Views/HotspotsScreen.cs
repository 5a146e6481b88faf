using System.Globalization;
using DebtRadar.Reports;
using DebtRadar.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace DebtRadar.Tui.Views;

/// <summary>Screen 1: the hotspot table with its filter line and detail strip.</summary>
internal sealed class HotspotsScreen : Screen
{
    private readonly DashboardShell _shell;
    private readonly HotspotsViewModel _model;
    private readonly View _root = new() { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
    private readonly TextField _filter = new() { X = 8, Y = 0, Width = 24 };
    private readonly Label _state = new() { X = 34, Y = 0, Width = Dim.Fill(), Height = 1 };
    private readonly GridView _table = new() { X = 0, Y = 1, Height = Dim.Fill(2) };
    private readonly Label _detail = new() { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 2 };
    private RatingColors? _colors;

    public HotspotsScreen(DashboardShell shell, HotspotsViewModel model)
    {
        _shell = shell;
        _model = model;
        // The table is added first so it, not the filter, has the focus when the window opens.
        _root.Add(_table, new Label { X = 0, Y = 0, Text = "Filter:" }, _filter, _state, _detail);
        _filter.ValueChanged += (_, _) =>
        {
            _model.SetFilter(_filter.Text);
            Refresh();
        };
        _filter.KeyDown += (_, key) =>
        {
            // Enter, Esc or Down leave the filter (Esc also clears it) and go back to the rows.
            if (key == Key.Esc)
            {
                _filter.Text = string.Empty;
            }

            if (key == Key.Enter || key == Key.Esc || key == Key.CursorDown)
            {
                _table.SetFocus();
                key.Handled = true;
            }
        };
        _table.OnOpen(Open);
        _table.ValueChanged += (_, _) => _detail.Text = _model.Detail(_table.SelectedRow);
        var width = 0;
        _table.FrameChanged += (_, _) =>
        {
            // Reflow: a resized terminal gives the name column the room there is.
            if (_table.Frame.Width != width)
            {
                width = _table.Frame.Width;
                Refresh();
            }
        };
        _table.MouseEvent += (_, mouse) =>
        {
            // A click on a header sorts by that column.
            if (mouse.Flags.HasFlag(MouseFlags.LeftButtonClicked) && mouse.Position is { } position && position.Y == 0 && _table.ScreenToCell(mouse.ScreenPosition, out var column) is null && column is { } index)
            {
                _model.SortBy(ColumnOf(index));
                Refresh();
                mouse.Handled = true;
            }
        };
        Refresh();
    }

    public override View Root => _root;

    public override string Title => _shell.Header;

    public override IReadOnlyList<(string Key, string Label)> KeyHelp =>
    [
        ("Enter", "open"), ("/", "filter"), ("s", "sort"), ("m", _model.Level == HotspotLevel.Files ? "members" : "files"), ("t", "trends"),
        ("n", "snapshots"), ("c", "compare"), ("p", "proposal"), ("r", "rescan"), ("?", "help"), ("q", "quit"),
    ];

    public HotspotRow? Selected => _model.Rows.IsEmpty ? null : _model.Rows[Math.Clamp(_table.SelectedRow, 0, _model.Rows.Length - 1)];

    public override void Shown()
    {
        _colors ??= new RatingColors(_table);
        Refresh();
        _table.SetFocus();
    }

    public override bool HandleKey(Key key, char? text)
    {
        switch (text)
        {
            case '/':
                _filter.SetFocus();
                return true;
            case 's':
                _model.NextSort();
                break;
            case 'S':
                _model.SortBy(_model.SortColumn);
                break;
            case 'm' or 'f':
                _model.ToggleLevel();
                _table.SelectedRow = 0;
                break;
            case >= '1' and <= '8':
                _model.SortBy((HotspotColumn)(text.Value - '1'));
                break;
            case 'p':
                _shell.ShowProposal(Selected?.Path, Selected?.Member);
                return true;
            case 't':
                _shell.ShowTrends(Selected?.Path);
                return true;
            default:
                return false;
        }

        Refresh();
        _shell.UpdateStatus();
        return true;
    }

    private void Open()
    {
        if (Selected is { } row)
        {
            _shell.ShowFile(row.Path, row.Member);
        }
    }

    private void Refresh()
    {
        var invariant = CultureInfo.InvariantCulture;
        var rows = _model.Rows.Select((r, i) => new[]
        {
            (i + 1).ToString(invariant),
            r.Member is null ? Text.Shorten.Tail(TextSafety.ForConsole(r.Path), NameWidth()) : Text.Shorten.Head(TextSafety.ForConsole(Text.Shorten.Member(r.Member)), NameWidth()),
            r.Revisions.ToString(invariant),
            r.Churn.ToString("N0", invariant),
            r.Authors.ToString(invariant),
            r.Cognitive.ToString(invariant),
            Text.TextChart.Hours(r.DebtMinutes),
            r.Rating.ToString(),
            r.Score.ToString("0.00", invariant),
            r.Trend,
        }).ToList();
        string[] columns = ["#", _model.Level == HotspotLevel.Files ? "File" : "Member", "Rev", "Churn", "Auth", "Cog", "Debt", "Rating", "Score", "trend"];
        var sorted = (int)_model.SortColumn + 1;
        columns[sorted] += _model.Descending ? "▼" : "▲";
        _table.Show(columns, rows, i => i < _model.Rows.Length ? _colors?.For(_model.Rows[i].Rating) : null, [0, 2, 3, 4, 5, 6, 8]);
        _state.Text = string.Create(invariant, $"{_model.Rows.Length} of {_model.Total} {(_model.Level == HotspotLevel.Files ? "files" : "members")} · [m] files/members · {_model.SortText}{(_model.HasChurn ? string.Empty : " · no churn stored")}");
        _detail.Text = _model.Detail(_table.SelectedRow);
    }

    /// <summary>What the name column may take so the numbers and the trend stay in view; long names keep their end.</summary>
    private int NameWidth() => Math.Max(16, (_table.Frame.Width > 0 ? _table.Frame.Width : 100) - 52);

    private static HotspotColumn ColumnOf(int tableColumn) => tableColumn switch
    {
        <= 1 => HotspotColumn.Name,
        >= 9 => HotspotColumn.Score,
        _ => (HotspotColumn)(tableColumn - 1),
    };
}
