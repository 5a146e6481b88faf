using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace DebtRadar.Tui.Views;

/// <summary>A full-row-select table of strings with an optional colour per row.</summary>
internal sealed class GridView : TableView
{
    private Func<int, Scheme?>? _rowScheme;

    public GridView()
    {
        FullRowSelect = true;
        // Letters are commands on every screen: type-to-search would swallow them.
        CollectionNavigator = null;
        Style.ShowHorizontalHeaderOverline = false;
        Style.ShowHorizontalBottomLine = false;
        Style.ShowVerticalCellLines = false;
        Style.ShowVerticalHeaderLines = false;
        Style.ExpandLastColumn = false;
        Style.RowColorGetter = args => _rowScheme?.Invoke(args.RowIndex);
        Width = Dim.Fill();
    }

    public int SelectedRow
    {
        get => Value?.SelectedCell.Y ?? 0;
        set
        {
            if (Table is { Rows: > 0 } table)
            {
                SetSelection(0, Math.Clamp(value, 0, table.Rows - 1), false, null);
                EnsureSelectedCellIsVisible();
            }
        }
    }

    /// <summary>Runs <paramref name="open"/> on Enter and on the table's accept (double click), the two ways a row is opened.</summary>
    public void OnOpen(Action open)
    {
        KeyDown += (_, key) =>
        {
            if (key == Key.Enter)
            {
                open();
                key.Handled = true;
            }
        };
        Accepting += (_, e) =>
        {
            open();
            e.Handled = true;
        };
    }

    public void Show(string[] columns, IReadOnlyList<string[]> rows, Func<int, Scheme?>? rowScheme = null, int[]? rightAligned = null)
    {
        var selected = SelectedRow;
        _rowScheme = rowScheme;
        Table = new RowsTableSource(columns, rows);
        foreach (var column in rightAligned ?? [])
        {
            Style.GetOrCreateColumnStyle(column).Alignment = Alignment.End;
        }

        SelectedRow = Math.Min(selected, Math.Max(0, rows.Count - 1));
        Update();
    }

    private void EnsureSelectedCellIsVisible() => EnsureCursorIsVisible();
}
