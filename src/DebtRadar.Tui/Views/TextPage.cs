using System.Drawing;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace DebtRadar.Tui.Views;

/// <summary>Read-only lines that scroll with the keys and the wheel (the library's TextView is obsolete in 2.5).</summary>
internal sealed class TextPage : View
{
    private IReadOnlyList<string> _source = [];
    private IReadOnlyList<string> _lines = [];
    private int _wrappedAt = -1;

    public TextPage()
    {
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        AddCommand(Command.Up, () => ScrollVertical(-1));
        AddCommand(Command.Down, () => ScrollVertical(1));
        AddCommand(Command.PageUp, () => ScrollVertical(-Math.Max(1, Viewport.Height - 1)));
        AddCommand(Command.PageDown, () => ScrollVertical(Math.Max(1, Viewport.Height - 1)));
        AddCommand(Command.Start, () =>
        {
            Viewport = Viewport with { Y = 0 };
            return true;
        });
        AddCommand(Command.End, () =>
        {
            Viewport = Viewport with { Y = Math.Max(0, _lines.Count - Viewport.Height) };
            return true;
        });
        AddCommand(Command.ScrollDown, () => ScrollVertical(1));
        AddCommand(Command.ScrollUp, () => ScrollVertical(-1));
        KeyBindings.Add(Key.CursorUp, Command.Up);
        KeyBindings.Add(Key.CursorDown, Command.Down);
        KeyBindings.Add(Key.PageUp, Command.PageUp);
        KeyBindings.Add(Key.PageDown, Command.PageDown);
        KeyBindings.Add(Key.Home, Command.Start);
        KeyBindings.Add(Key.End, Command.End);
        MouseBindings.Add(MouseFlags.WheeledDown, Command.ScrollDown);
        MouseBindings.Add(MouseFlags.WheeledUp, Command.ScrollUp);
    }

    /// <summary>Whether long lines wrap at the width of the view (text) or scroll sideways (charts).</summary>
    public bool Wrap { get; init; } = true;

    public IReadOnlyList<string> Lines
    {
        get => _source;
        set
        {
            _source = value;
            _wrappedAt = -1;
            Reflow();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        Reflow();
        SetAttributeForRole(VisualRole.Normal);
        for (var row = 0; row < Viewport.Height; row++)
        {
            var index = Viewport.Y + row;
            var line = index < _lines.Count ? _lines[index] : string.Empty;
            var visible = Viewport.X < line.Length ? line[Viewport.X..] : string.Empty;
            Move(0, row);
            AddStr(visible.Length > Viewport.Width ? visible[..Viewport.Width] : visible.PadRight(Viewport.Width));
        }

        return true;
    }

    private void Reflow()
    {
        var width = Viewport.Width;
        if (width == _wrappedAt)
        {
            return;
        }

        _wrappedAt = width;
        _lines = Wrap && width > 0 ? [.. _source.SelectMany(l => DebtRadar.Tui.Text.WordWrap.Lines(l, width))] : _source;
        SetContentSize(new Size(Math.Max(1, _lines.Select(l => l.Length).DefaultIfEmpty().Max()), Math.Max(1, _lines.Count)));
        SetNeedsDraw();
    }
}
