using DebtRadar.Core.Rules;
using DebtRadar.Reports.Json;
using DebtRadar.Reports.Markdown;
using DebtRadar.Reports.Sarif;
using DebtRadar.Reports.Tables;

namespace DebtRadar.Reports.Tests.Golden;

/// <summary>Every writer's output against a reviewed file, under the invariant culture and under de-DE (decimal comma): both must give the same bytes.</summary>
public sealed class GoldenOutputTests
{
    public static TheoryData<string> Cultures => new() { "", "de-DE" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TableWriter_MemberCsv_MatchesGolden(string culture) => Table(culture, ReportLevel.Member, "member.csv");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TableWriter_TypeCsv_MatchesGolden(string culture) => Table(culture, ReportLevel.Type, "type.csv");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TableWriter_FileCsv_MatchesGolden(string culture) => Table(culture, ReportLevel.File, "file.csv");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TableWriter_ProjectCsv_MatchesGolden(string culture) => Table(culture, ReportLevel.Project, "project.csv");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TableWriter_FindingsCsv_MatchesGolden(string culture) => Table(culture, ReportLevel.Findings, "findings.csv");

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TableWriter_HotspotsCsv_MatchesGolden(string culture) =>
        GoldenFile.Verify("hotspots.csv", GoldenFile.Under(culture, w => TableWriter.Write(w, GoldenModel.Hotspots, TableFormat.Csv)));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TableWriter_TrendCsv_MatchesGolden(string culture) =>
        GoldenFile.Verify("trend.csv", GoldenFile.Under(culture, w => TableWriter.Write(w, GoldenModel.Trend, TableFormat.Csv)));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void TableWriter_MemberJson_MatchesGolden(string culture) =>
        GoldenFile.Verify("member.json", GoldenFile.Under(culture, w => TableWriter.Write(w, GoldenModel.Current, ReportLevel.Member, TableFormat.Json)));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void SnapshotJsonWriter_WholeSnapshot_MatchesGolden(string culture) =>
        GoldenFile.Verify("snapshot.json", GoldenFile.Under(culture, w => SnapshotJsonWriter.Write(w, GoldenModel.Header, GoldenModel.Current, Core.Debt.DebtCalculator.Compute(GoldenModel.Current, new Core.Debt.CostModel()))));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void SarifWriter_Findings_MatchesGolden(string culture) =>
        GoldenFile.Verify("findings.sarif", GoldenFile.Under(culture, w => SarifWriter.Write(w, GoldenModel.Current, RuleCatalog.BuiltIn, GoldenModel.Header.ToolVersion)));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void PullRequestSummary_WithBaseline_MatchesGolden(string culture) =>
        GoldenFile.Verify("summary.md", GoldenFile.Under(culture, w => PullRequestSummary.Write(w, GoldenModel.Summary(withBaseline: true), maxListed: 1)));

    [Theory]
    [MemberData(nameof(Cultures))]
    public void PullRequestSummary_WithoutBaseline_MatchesGolden(string culture) =>
        GoldenFile.Verify("summary-no-baseline.md", GoldenFile.Under(culture, w => PullRequestSummary.Write(w, GoldenModel.Summary(withBaseline: false))));

    private static void Table(string culture, ReportLevel level, string golden) =>
        GoldenFile.Verify(golden, GoldenFile.Under(culture, w => TableWriter.Write(w, GoldenModel.Current, level, TableFormat.Csv)));
}
