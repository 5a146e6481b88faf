namespace DebtRadar.Tui.Tests.EndToEnd;

/// <summary>The real `debtradar dashboard` in a 100×30 tmux pane over a database of a fixture repository.</summary>
public sealed class DashboardEndToEndTests
{
    [TmuxFact]
    public void Dashboard_HotspotsFileFindingBackTrends_ScreensShowTheStoredData()
    {
        using var repository = new FixtureRepository();
        repository.Build();
        using var tmux = new Tmux($"dotnet '{FixtureRepository.ProgramPath}' dashboard --db '{repository.Database}'", 100, 30, repository.Root);

        // Hotspots: the file that changed in every commit and grew complex ranks first.
        var hotspots = tmux.WaitUntil(All("snapshot 3 of 3", "Enter open", "src/Shop/Invoice.cs"), "the hotspot screen");
        var first = hotspots.Split('\n').First(l => l.Contains("src/Shop/", StringComparison.Ordinal));
        Assert.Contains("src/Shop/OrderProcessor.cs", first, StringComparison.Ordinal);
        Assert.Contains("Enter open", hotspots, StringComparison.Ordinal);

        // File: its members and findings.
        tmux.Send("Enter");
        var file = tmux.WaitUntil(All("Findings (", "Route(int, int, int, int)", "DR2002"), "the file screen");
        Assert.Contains("Route(int, int, int, int)", file, StringComparison.Ordinal);
        Assert.Contains("DR2002", file, StringComparison.Ordinal);

        // Enter on a member jumps to its first finding; Enter there shows the rule's rationale and examples.
        tmux.Send("Enter");
        tmux.WaitFor("Enter rule help");
        tmux.Send("Enter");
        var rule = tmux.WaitUntil(All("non-compliant:", "src/Shop/OrderProcessor.cs:5"), "the rule help");
        Assert.Contains("src/Shop/OrderProcessor.cs:5", rule, StringComparison.Ordinal);

        // y shows (or copies) path:line for the editor.
        tmux.Send("y");
        tmux.WaitUntil(
            s => s.Contains("copied src/Shop/OrderProcessor.cs:5", StringComparison.Ordinal) || s.Contains("src/Shop/OrderProcessor.cs:5  (no clipboard", StringComparison.Ordinal),
            "path:line in the status line",
            seconds: 10);

        // Back to the file, back to the hotspots, then the trends of the selected file.
        tmux.Send("Escape");
        tmux.WaitFor("Findings (");
        tmux.Send("Escape");
        tmux.WaitFor("snapshot 3 of 3");
        tmux.Send("t");
        var trends = tmux.WaitUntil(All("Debt (hours) — solution", "Findings — solution", "Cognitive complexity — src/Shop/OrderProcessor.cs"), "the trends screen");
        Assert.Contains("Trends · src/Shop/OrderProcessor.cs", trends, StringComparison.Ordinal);
        // The solution's cognitive total at the last commit: Route 25 + Tax.Rate 2 + Invoice.Total 1.
        Assert.Contains("28 │", trends, StringComparison.Ordinal);

        tmux.Send("q");
        Assert.True(tmux.WaitForExit(), "q did not quit the dashboard");
    }

    private static Func<string, bool> All(params string[] texts) => screen => texts.All(t => screen.Contains(t, StringComparison.Ordinal));
}
