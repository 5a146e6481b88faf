using DebtRadar.Core.Rules;
using DebtRadar.Tui.ViewModels;

namespace DebtRadar.Tui.Tests.ViewModels;

public sealed class FileViewModelTests
{
    private const string Order = "src/OrderProcessor.cs";

    private static FileViewModel Model(string path = Order) => new(Sample.View(1, Sample.Shop()), path);

    [Fact]
    public void Members_OfFile_InSourceOrderWithTheirOwnFindings()
    {
        var model = Model();

        Assert.Equal(["Route(int)", "Load()"], model.Members.Select(m => m.Name));
        Assert.Equal("DR1002", model.Members[0].FindingText);
        Assert.Equal("DR2002", model.Members[1].FindingText);
        Assert.Equal(25, model.Members[0].Cognitive);
    }

    [Fact]
    public void Findings_OfFile_OrderedByLine()
    {
        Assert.Equal([10, 31], Model().Findings.Select(f => f.Line));
    }

    [Fact]
    public void FirstFindingOf_MemberWithFinding_IndexInFindingList()
    {
        var model = Model();

        Assert.Equal(1, model.FirstFindingOf(1));
        Assert.Equal(-1, model.FirstFindingOf(5));
    }

    [Fact]
    public void LocationOfFinding_Selected_PathColonLine()
    {
        var model = Model();

        Assert.Equal("src/OrderProcessor.cs:31", model.LocationOfFinding(1));
        Assert.Equal("src/OrderProcessor.cs:10", model.LocationOfMember(0));
    }

    [Fact]
    public void HelpFor_BuiltInRule_RationaleAndExamplesFromCatalog()
    {
        var help = Model().HelpFor(0, RuleCatalog.BuiltIn);

        Assert.NotNull(help);
        var rule = RuleCatalog.BuiltIn.Find("DR1002")!;
        Assert.Same(rule, help.Rule);
        var lines = help.Lines();
        Assert.Equal("src/OrderProcessor.cs:10", lines[0]);
        Assert.Contains(rule.Rationale.Split('\n')[0], lines);
        Assert.Contains("non-compliant:", lines);
        Assert.DoesNotContain(lines, l => l.Contains("[|", StringComparison.Ordinal));
    }

    [Fact]
    public void HelpFor_RuleNotInCatalog_SaysSo()
    {
        var help = Model().HelpFor(0, RuleCatalog.From([]));

        Assert.NotNull(help);
        Assert.Null(help.Rule);
        Assert.Contains("No rule DR1002 in this build's catalog.", help.Lines());
    }

    [Fact]
    public void Model_PathNotInSnapshot_EmptyAndNoHelp()
    {
        var model = Model("src/Missing.cs");

        Assert.Null(model.File);
        Assert.Empty(model.Members);
        Assert.Null(model.HelpFor(0, RuleCatalog.BuiltIn));
    }

    [Fact]
    public void TypeLines_DeclaredTypes_OnePerType()
    {
        var line = Assert.Single(Model().TypeLines);

        Assert.StartsWith("class Shop.OrderProcessor:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void FindingCells_ControlCharactersInMessage_Escaped()
    {
        var finding = Sample.Finding("DR1002", Order, 3, null, null, 12) with { Message = "bad\u001b[31mname" };

        var cells = FileViewModel.FindingCells(finding);

        Assert.Equal("bad\\u001b[31mname", cells[3]);
        Assert.Equal("12 min", cells[4]);
    }
}
