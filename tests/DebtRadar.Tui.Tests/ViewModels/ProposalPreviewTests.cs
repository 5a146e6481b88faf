using DebtRadar.Tui.ViewModels;

namespace DebtRadar.Tui.Tests.ViewModels;

public sealed class ProposalPreviewTests
{
    [Fact]
    public void Lines_FileWithFindings_InterestAndBreakingPointAsRangesFromStoredChurn()
    {
        var preview = new ProposalPreview(Sample.View(1, Sample.Shop()), "src/OrderProcessor.cs", null);

        var lines = preview.Lines();

        // Rating C takes half the worst-band penalty: 8 changes/year × 60 min × (1.24…8) × 0.5 = 297.6…1,920 min.
        Assert.Contains("interest        5–32 h per year if left as is", lines);
        // 60 minutes of debt over 1,920…297.6 minutes a year.
        Assert.Contains("breaking point  fixing pays back in 0–0.2 years", lines);
        Assert.Contains(lines, l => l.StartsWith("owners          3 authors", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Tornhill & Borg", StringComparison.Ordinal));
        Assert.Equal("src/OrderProcessor.cs", preview.Target.Argument);
    }

    [Fact]
    public void Lines_FileWithoutFinding_NothingToRemediate()
    {
        var lines = new ProposalPreview(Sample.View(1, Sample.Shop()), "src/Constants.cs", null).Lines();

        Assert.Contains("No finding here: nothing to remediate, so no debt and no interest to argue with.", lines);
    }

    [Fact]
    public void Lines_Member_PricedThroughItsFile()
    {
        var preview = new ProposalPreview(Sample.View(1, Sample.Shop()), "src/OrderProcessor.cs", "Shop.OrderProcessor.Route(int)");

        var lines = preview.Lines();

        Assert.NotNull(preview.Item);
        Assert.Equal(40, preview.Item.RemediationMinutes);
        Assert.Contains(lines, l => l.StartsWith("interest", StringComparison.Ordinal) && l.EndsWith("(its file's)", StringComparison.Ordinal));
        Assert.Equal("src/OrderProcessor.cs::Shop.OrderProcessor.Route(int)", preview.Target.Argument);
    }

    [Fact]
    public void Lines_WholeSnapshot_SolutionDebt()
    {
        var preview = new ProposalPreview(Sample.View(1, Sample.Shop()), null, null);

        Assert.Equal(70, preview.Item!.RemediationMinutes);
        Assert.Equal(".", preview.Target.Argument);
        Assert.Contains("change          2 files changed in the history window", preview.Lines());
    }

    [Fact]
    public void BlastRadius_TypeUsedFromAnotherFile_CountsTheUsingType()
    {
        var view = Sample.View(1, Sample.Shop());

        Assert.Equal(1, BlastRadius.Of(view, "src/Invoice.cs"));
        Assert.Equal(0, BlastRadius.Of(view, "src/OrderProcessor.cs"));
    }
}
