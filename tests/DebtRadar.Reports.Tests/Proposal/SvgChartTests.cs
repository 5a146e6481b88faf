using System.Xml.Linq;
using DebtRadar.Reports.Proposal;

namespace DebtRadar.Reports.Tests.Proposal;

public sealed class SvgChartTests
{
    private static readonly string[] Allowed = ["svg", "title", "rect", "line", "polyline", "circle", "text"];

    [Fact]
    public void Charts_FullPack_UseOnlyTheSimpleElementsEveryViewerRenders()
    {
        var pack = ProposalFixture.Pack();
        foreach (var svg in new[] { TrendChart.Write(pack.Trend), ChurnChart.Write(pack.History), HotspotMapChart.Write(pack.Map) })
        {
            var root = XDocument.Parse(svg!).Root!;
            Assert.Equal("http://www.w3.org/2000/svg", root.Name.NamespaceName);
            Assert.NotNull(root.Attribute("viewBox"));
            Assert.All(root.DescendantsAndSelf(), e => Assert.Contains(e.Name.LocalName, Allowed));
        }
    }

    [Fact]
    public void HotspotMap_TargetFile_IsTheOnlyRedDotAndIsLabelled()
    {
        var svg = XDocument.Parse(HotspotMapChart.Write(ProposalFixture.Pack().Map)!).Root!;
        var ns = svg.Name.Namespace;

        var red = svg.Descendants(ns + "circle").Where(c => (string?)c.Attribute("fill") == "#d62728").ToList();

        Assert.Single(red);
        Assert.Contains("src/Orders/OrderProcessor.cs", red[0].Value, StringComparison.Ordinal);
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "OrderProcessor.cs");
    }

    [Fact]
    public void TrendChart_OnePoint_IsNotDrawn()
    {
        Assert.Null(TrendChart.Write(ProposalFixture.WithoutHistory().Trend));
    }

    [Fact]
    public void Escape_MarkupInNames_IsEscaped()
    {
        Assert.Equal("a&lt;b&gt; &amp; &quot;c&quot;", Svg.Escape("a<b> & \"c\""));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 10)]
    [InlineData(11, 20)]
    [InlineData(21, 25)]
    [InlineData(412, 500)]
    public void Nice_DataMaximum_RoundsUpToOneTwoTwoAndAHalfOrFive(double max, double expected)
    {
        Assert.Equal(expected, Axis.Nice(max));
    }
}
