using DebtRadar.Tui.ViewModels;

namespace DebtRadar.Tui.Tests.ViewModels;

public sealed class CompareViewModelTests
{
    [Fact]
    public void Files_DebtChanged_SplitIntoWorseAndBetterRankedByChange()
    {
        var before = Sample.View(1, Sample.Shop(orderDebt: 40));
        var after = Sample.View(2, Sample.Shop(orderDebt: 70, withInvoiceFinding: false));

        var model = new CompareViewModel(before, after);

        var worse = Assert.Single(model.Worse);
        Assert.Equal("src/OrderProcessor.cs", worse.Path);
        Assert.Equal(30, worse.DeltaMinutes);
        var better = Assert.Single(model.Better);
        Assert.Equal("src/Invoice.cs", better.Path);
        Assert.Equal(-10, better.DeltaMinutes);
        Assert.Equal((1, 0), (better.BeforeFindings, better.AfterFindings));
    }

    [Fact]
    public void Files_NothingChanged_NoneOnEitherSide()
    {
        var model = new CompareViewModel(Sample.View(1, Sample.Shop()), Sample.View(2, Sample.Shop()));

        Assert.Empty(model.Worse);
        Assert.Empty(model.Better);
        Assert.Equal(2, model.Lines().Count(l => l == "  none"));
    }

    [Fact]
    public void Lines_Totals_SideBySideWithSignedChange()
    {
        var model = new CompareViewModel(Sample.View(1, Sample.Shop(orderDebt: 40)), Sample.View(2, Sample.Shop(orderDebt: 100)));

        var lines = model.Lines();

        var debt = Assert.Single(lines, l => l.StartsWith("debt", StringComparison.Ordinal));
        // 70 → 130 minutes of debt.
        Assert.Contains("+1 h", debt, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Worse (1 files", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_OnlyInOneSnapshot_CountAsChange()
    {
        var before = Sample.View(1, Sample.Scan([]));
        var after = Sample.View(2, Sample.Shop());

        var model = new CompareViewModel(before, after);

        Assert.Equal(["src/OrderProcessor.cs", "src/Invoice.cs"], model.Worse.Select(c => c.Path));
    }
}
