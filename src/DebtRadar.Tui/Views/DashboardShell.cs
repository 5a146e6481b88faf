using DebtRadar.Tui.Data;
using DebtRadar.Tui.ViewModels;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace DebtRadar.Tui.Views;

/// <summary>
/// The window, its stack of screens (Esc pops) and its status line; the keys every screen shares;
/// the rescan running in the background. Everything it shows comes from the view-models.
/// </summary>
internal sealed partial class DashboardShell : IDisposable
{
    private readonly IApplication _app;
    private readonly DashboardData _data;
    private readonly Stack<Screen> _screens = new();
    private readonly View _content = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true };
    private readonly Label _status = new() { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
    private SnapshotView? _shown;
    private string? _message;
    private CancellationTokenSource? _rescan;

    public DashboardShell(IApplication app, DashboardContext context)
    {
        _app = app;
        Context = context;
        _data = new DashboardData(context.Store, context.Cost);
        Window = new Window { Title = "DebtRadar", Width = Dim.Fill(), Height = Dim.Fill() };
        Window.Add(_content, _status);
        Window.KeyDown += (_, key) => key.Handled = OnKey(key);
        _status.FrameChanged += (_, _) => UpdateStatus();
        ShowSnapshot(_data.Snapshots.IsEmpty ? null : _data.Snapshots[^1].Id);
    }

    public Window Window { get; }

    public DashboardContext Context { get; }

    /// <summary>The title of the hotspot screen.</summary>
    public string Header => _shown is null ? "DebtRadar" : ShellText.Header(_shown, PositionOf(_shown.Info.Id) + 1, _data.Snapshots.Length);

    public void Dispose()
    {
        _rescan?.Cancel();
        _rescan?.Dispose();
        _content.RemoveAll();
        DisposeScreens();
        Window.Dispose();
    }

    /// <summary>Replaces every screen with the hotspots of snapshot <paramref name="id"/> (the empty state when null).</summary>
    public void ShowSnapshot(int? id)
    {
        _content.RemoveAll();
        DisposeScreens();
        _shown = id is { } value ? _data.View(value) : null;
        if (_shown is null)
        {
            Push(new TextScreen("DebtRadar", ShellText.Empty(_data.DatabasePath), [("r", "scan this folder")], null));
            return;
        }

        Push(new HotspotsScreen(this, new HotspotsViewModel(_shown, _data.FileTrend(_shown.Info.Target))));
    }

    public void ShowFile(string path, string? member)
    {
        if (_shown is not null)
        {
            Push(new FileScreen(this, new FileViewModel(_shown, path), member));
        }
    }

    public void ShowTrends(string? path)
    {
        if (_shown is null)
        {
            return;
        }

        var views = _data.SnapshotsOf(_shown.Info.Target).Select(s => _data.View(s.Id)).OfType<SnapshotView>().ToList();
        Push(new TrendsScreen(new TrendsViewModel(views, _data.FileTrend(_shown.Info.Target), path)));
    }

    public void ShowSnapshots()
    {
        if (!_data.Snapshots.IsEmpty)
        {
            Push(new SnapshotsScreen(this, _data.Snapshots, _shown?.Info.Id ?? -1));
        }
    }

    /// <summary>Compares <paramref name="otherId"/> (the previous snapshot of the target when null) with the one shown.</summary>
    public void ShowCompare(int? otherId)
    {
        if (_shown is null)
        {
            return;
        }

        var other = otherId is { } id ? _data.View(id) : PreviousOf(_shown);
        if (other is null)
        {
            Say("No earlier snapshot of this target to compare with: scan again after a change, or backfill.");
            return;
        }

        var (before, after) = PositionOf(other.Info.Id) <= PositionOf(_shown.Info.Id) ? (other, _shown) : (_shown, other);
        var model = new CompareViewModel(before, after);
        Push(new TextScreen($"Compare #{before.Info.Id} → #{after.Info.Id}", model.Lines(), [], null));
    }

    public void ShowProposal(string? path, string? member)
    {
        if (_shown is null)
        {
            return;
        }

        var preview = new ProposalPreview(_shown, path, member);
        Push(new TextScreen("Proposal preview", preview.Lines(), [("w", "write pack")], (key, text) =>
        {
            if (text != 'w')
            {
                return false;
            }

            Say("Writing the proposal pack…");
            _ = WriteProposalAsync(preview.Target);
            return true;
        }));
    }

    public void ShowText(string title, IEnumerable<string> lines, IReadOnlyList<(string Key, string Label)> keys, Func<Key, char?, bool>? handler) =>
        Push(new TextScreen(title, lines, keys, handler));

    /// <summary>Copies to the clipboard when there is one; the text is shown in the status line either way.</summary>
    public void Copy(string text)
    {
        var copied = _app.Clipboard is { IsSupported: true } clipboard && clipboard.TrySetClipboardData(text);
        Say(copied ? $"copied {Reports.TextSafety.ForConsole(text)}" : $"{Reports.TextSafety.ForConsole(text)}  (no clipboard here: copy it from this line)");
    }

    /// <summary>Shows a message in the status line until the next screen change.</summary>
    public void Say(string message)
    {
        _message = message;
        UpdateStatus();
    }

    public void UpdateStatus()
    {
        var top = _screens.Count > 0 ? _screens.Peek() : null;
        var width = _status.Frame.Width > 0 ? _status.Frame.Width : 80;
        var keys = ShellText.StatusKeys(top?.KeyHelp ?? [], _message is null ? width : Math.Max(0, width - _message.Length - 3));
        _status.Text = _message is null ? keys : keys.Length == 0 ? _message : $"{_message} │ {keys}";
        Window.Title = top?.Title ?? "DebtRadar";
    }

    private void Push(Screen screen)
    {
        _message = null;
        _screens.Push(screen);
        Present();
    }

    private void Pop()
    {
        if (_screens.Count > 1)
        {
            _content.RemoveAll();
            _screens.Pop().Dispose();
            _message = null;
            Present();
        }
    }

    private void Present()
    {
        var top = _screens.Peek();
        _content.RemoveAll();
        _content.Add(top.Root);
        top.Shown();
        UpdateStatus();
        Window.SetNeedsLayout();
        Window.SetNeedsDraw();
    }

    /// <summary>Position in the snapshot list by id (records holding arrays do not compare by value).</summary>
    private int PositionOf(int id) => _data.Snapshots.Select(s => s.Id).ToList().IndexOf(id);

    private void DisposeScreens()
    {
        while (_screens.Count > 0)
        {
            _screens.Pop().Dispose();
        }
    }

    private SnapshotView? PreviousOf(SnapshotView view)
    {
        var same = _data.SnapshotsOf(view.Info.Target);
        var index = same.Select(s => s.Id).ToList().IndexOf(view.Info.Id);
        return index > 0 ? _data.View(same[index - 1].Id) : null;
    }

    private bool OnKey(Key key)
    {
        if (_rescan is not null)
        {
            if (key == Key.Esc)
            {
                _rescan.Cancel();
                Say("Cancelling the rescan…");
            }

            // While a scan runs the data may change under the screens: only Esc and quit act.
            return key != Key.Q.WithCtrl;
        }

        char? text = !key.IsCtrl && !key.IsAlt && key.AsRune.Value is > 31 and < 0x10000 ? (char)key.AsRune.Value : null;
        if (_screens.Peek().HandleKey(key, text))
        {
            return true;
        }

        if (key == Key.Esc)
        {
            Pop();
            return true;
        }

        if (key == Key.F1 || text == '?')
        {
            Push(new TextScreen("Help", ShellText.Help, [], null));
            return true;
        }

        switch (text)
        {
            case 'q':
                _app.RequestStop();
                return true;
            case 'r':
                StartRescan();
                return true;
            case 'n':
                ShowSnapshots();
                return true;
            case 'c':
                ShowCompare(null);
                return true;
            default:
                return false;
        }
    }
}
