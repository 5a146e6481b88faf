using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Tables;

namespace DebtRadar.Reports.Tests.Tables;

public sealed class TableWriterTests
{
    private static ScanResult Scan(string path = "src/Orders/OrderProcessor.cs", string member = "Route(int, int)") =>
        new(
            "Shop.sln",
            "/repo",
            [
                new ProjectResult(
                    "Shop",
                    "src/Shop.csproj",
                    "net10.0",
                    AnalysisMode.Full,
                    [],
                    [
                        new FileResult(path, "abc", AnalysisMode.Full, 40, 38, 30,
                            [new TypeFragment("Shop.Orders.OrderProcessor", "Shop.Orders", TypeKind.Class, 3, 3, 40, false, 1, [], 0, 38, [], [])],
                            [new MemberResult("Shop.Orders.OrderProcessor", member, MemberKind.Method, 5, 5, 20,
                                new MemberMetrics(7, 11, 16, 9, 14, 2, 3, 1234.5678, HalsteadMetrics.Empty, 52, 4))],
                            []),
                    ],
                    [new TypeResult("Shop", path, 3, "Shop.Orders.OrderProcessor", TypeKind.Class, 1, 7, 7, 4, 1, 0.3333333, 2, 52, 38)],
                    []),
            ],
            [], [], [], [], [], []);

    private static string Write(ScanResult scan, ReportLevel level, TableFormat format = TableFormat.Csv)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TableWriter.Write(writer, scan, level, format);
        return writer.ToString();
    }

    [Fact]
    public void Write_MemberCsv_HeaderIsTheContractAndNumbersAreInvariant()
    {
        var csv = Write(Scan(), ReportLevel.Member);

        Assert.Equal(
            "project,file,line,type,member,kind,cc,cognitive,loc_source,loc_exec,nloc,params,nesting,halstead_volume,mi,coupling,line_coverage,crap\n"
            + "Shop,src/Orders/OrderProcessor.cs,5,Shop.Orders.OrderProcessor,\"Route(int, int)\",method,7,11,16,9,14,2,3,1234.57,52,4,,\n",
            csv);
    }

    [Fact]
    public void Write_TypeCsv_HeaderIsTheContract()
    {
        var csv = Write(Scan(), ReportLevel.Type);

        Assert.Equal(
            "project,file,line,type,kind,members,wmc,cc,coupling,dit,lcom_hs,lcom4,mi,loc_source\n"
            + "Shop,src/Orders/OrderProcessor.cs,3,Shop.Orders.OrderProcessor,class,1,7,7,4,1,0.333,2,52,38\n",
            csv);
    }

    [Fact]
    public void Write_UnderADecimalCommaCulture_StillWritesInvariantNumbers()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Contains(",1234.57,", Write(Scan(), ReportLevel.Member), StringComparison.Ordinal);
            Assert.Contains("\"halstead_volume\": 1234.57", Write(Scan(), ReportLevel.Member, TableFormat.Json), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Write_NoRows_HeaderStillWritten()
    {
        var empty = Scan() with { Projects = ImmutableArray<ProjectResult>.Empty };

        Assert.Equal("project,file,line,type,kind,members,wmc,cc,coupling,dit,lcom_hs,lcom4,mi,loc_source\n", Write(empty, ReportLevel.Type));
    }

    [Fact]
    public void Write_FormulaInAFileName_IsEscapedAsTextButNumbersStayNumbers()
    {
        var csv = Write(Scan(path: "=HYPERLINK(\"http://x\")", member: "-Negate()"), ReportLevel.Member);
        var row = csv.Split('\n')[1];

        Assert.StartsWith("Shop,\"'=HYPERLINK(\"\"http://x\"\")\",5,", row, StringComparison.Ordinal);
        Assert.Contains(",\"'-Negate()\",method,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Json_UsesTheCsvColumnNames()
    {
        var json = Write(Scan(), ReportLevel.File, TableFormat.Json);

        Assert.Contains("\"cognitive_total\": 11", json, StringComparison.Ordinal);
        Assert.Contains("\"loc_source\": 38", json, StringComparison.Ordinal);
        Assert.Contains("\"mode\": \"full\"", json, StringComparison.Ordinal);
    }
}
