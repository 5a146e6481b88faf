using DebtRadar.Tui.Data;
using DebtRadar.Tui.ViewModels;

namespace DebtRadar.Tui.Tests.ViewModels;

public sealed class ShellTextTests
{
    [Fact]
    public void Empty_NoSnapshot_TellsHowToMakeOne()
    {
        var lines = ShellText.Empty("/repo/.debtradar/debtradar.db");

        Assert.Contains("Run `debtradar scan <solution>` to record a first snapshot in", lines);
        Assert.Contains("  /repo/.debtradar/debtradar.db", lines);
    }

    [Fact]
    public void Header_Snapshot_TargetCommitPositionRatingDebt()
    {
        var header = ShellText.Header(Sample.View(2, Sample.Shop()), 2, 5);

        Assert.Equal("DebtRadar ─ . @ c0ffee2 (main) ─ snapshot 2 of 5 ─ rating A ─ debt 1.2 h", header);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(50, false)]
    [InlineData(59, true)]
    public void StatusKeys_AnyWidth_FitsAndKeepsHelpAndQuit(int width, bool allFit)
    {
        (string, string)[] keys = [("Enter", "open"), ("/", "filter"), ("s", "sort"), ("t", "trends"), ("?", "help"), ("q", "quit")];

        var line = ShellText.StatusKeys(keys, width);

        Assert.True(line.Length <= width);
        Assert.EndsWith("? help · q quit", line, StringComparison.Ordinal);
        Assert.Equal(allFit, line.Contains("t trends", StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_Counted_BarAndCount()
    {
        var line = ShellText.Progress(new RescanProgress("Shop", 5, 10));

        Assert.Contains("▕██████████          ▏ 5/10", line, StringComparison.Ordinal);
        Assert.EndsWith("(Esc cancels)", line, StringComparison.Ordinal);
    }
}
