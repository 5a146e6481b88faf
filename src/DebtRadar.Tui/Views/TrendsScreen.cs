using DebtRadar.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace DebtRadar.Tui.Views;

/// <summary>Screen 3: charts of the solution and the selected file over the snapshots, redrawn to the space there is.</summary>
internal sealed class TrendsScreen : Screen
{
    private readonly TrendsViewModel _model;
    private readonly TextPage _text = new() { Wrap = false };
    private (int Width, int Height) _rendered;

    public TrendsScreen(TrendsViewModel model)
    {
        _model = model;
        _text.ViewportChanged += (_, _) => Render();
    }

    public override View Root => _text;

    public override string Title => _model.SelectedPath is null ? "Trends" : "Trends · " + Reports.TextSafety.ForConsole(_model.SelectedPath);

    public override IReadOnlyList<(string Key, string Label)> KeyHelp => [("↑↓", "scroll"), ("Esc", "back"), ("?", "help"), ("q", "quit")];

    public override void Shown()
    {
        _text.SetFocus();
        Render();
    }

    public override bool HandleKey(Key key, char? text) => false;

    private void Render()
    {
        var size = (Math.Max(40, _text.Frame.Width), Math.Max(12, _text.Frame.Height));
        if (size == _rendered)
        {
            return;
        }

        _rendered = size;
        _text.Lines = _model.Render(size.Item1 - 1, size.Item2);
    }
}
