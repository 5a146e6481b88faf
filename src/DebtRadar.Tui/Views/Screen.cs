using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace DebtRadar.Tui.Views;

/// <summary>One screen of the dashboard: a view filling the content area, its keys, and its status-bar help.</summary>
internal abstract class Screen : IDisposable
{
    /// <summary>The view shown while this screen is on top.</summary>
    public abstract View Root { get; }

    /// <summary>Window title.</summary>
    public abstract string Title { get; }

    /// <summary>Key help for the status bar, most useful first: (key, label).</summary>
    public abstract IReadOnlyList<(string Key, string Label)> KeyHelp { get; }

    /// <summary>Handles a key the focused control left alone; true when it did something.</summary>
    public abstract bool HandleKey(Key key, char? text);

    /// <summary>Called when the screen becomes the top one (again): refocus, refresh.</summary>
    public virtual void Shown()
    {
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Disposing the root disposes every view it holds.
            Root.Dispose();
        }
    }
}
