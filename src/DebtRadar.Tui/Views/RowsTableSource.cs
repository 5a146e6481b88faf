using Terminal.Gui.Views;

namespace DebtRadar.Tui.Views;

/// <summary>A table of strings: the view-models format, the table only shows.</summary>
internal sealed class RowsTableSource(string[] columns, IReadOnlyList<string[]> rows) : ITableSource
{
    public string[] ColumnNames => columns;

    public int Columns => columns.Length;

    public int Rows => rows.Count;

    public object this[int row, int col] => rows[row][col];
}
