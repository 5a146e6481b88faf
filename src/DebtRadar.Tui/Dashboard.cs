using DebtRadar.Tui.Data;
using DebtRadar.Tui.Views;
using Terminal.Gui.App;

namespace DebtRadar.Tui;

/// <summary>The terminal dashboard: runs until the user quits.</summary>
public static class Dashboard
{
    /// <summary>Shows the dashboard of <paramref name="context"/> in the terminal; returns when the user quits.</summary>
    public static void Run(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using IApplication app = Application.Create();
        app.Init();
        using var shell = new DashboardShell(app, context);
        app.Run(shell.Window);
    }
}
