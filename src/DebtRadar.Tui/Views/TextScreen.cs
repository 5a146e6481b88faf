using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace DebtRadar.Tui.Views;

/// <summary>A read-only, scrollable page of text (rule help, proposal preview, compare, help) with its own keys.</summary>
internal sealed class TextScreen : Screen
{
    private readonly TextPage _text = new();
    private readonly string _title;
    private readonly IReadOnlyList<(string Key, string Label)> _keys;
    private readonly Func<Key, char?, bool>? _handler;

    public TextScreen(string title, IEnumerable<string> lines, IReadOnlyList<(string Key, string Label)> keys, Func<Key, char?, bool>? handler)
    {
        _title = title;
        _keys = [.. keys, ("↑↓", "scroll"), ("Esc", "back"), ("q", "quit")];
        _handler = handler;
        _text.Lines = [.. lines];
    }

    public override View Root => _text;

    public override string Title => _title;

    public override IReadOnlyList<(string Key, string Label)> KeyHelp => _keys;

    public void SetLines(IEnumerable<string> lines) => _text.Lines = [.. lines];

    public override void Shown() => _text.SetFocus();

    public override bool HandleKey(Key key, char? text) => _handler?.Invoke(key, text) ?? false;
}
