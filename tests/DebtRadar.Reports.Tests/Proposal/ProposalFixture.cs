using System.Collections.Immutable;
using DebtRadar.Core.Debt;
using DebtRadar.Reports.Proposal;
using CoreRange = DebtRadar.Core.Debt.Range;

namespace DebtRadar.Reports.Tests.Proposal;

/// <summary>A pack with every section filled, and its variants without history or trend.</summary>
internal static class ProposalFixture
{
    private static readonly DateTimeOffset Date = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static ProposalPack Pack(int snapshot = 14, double debtMinutes = 1920.5, int cognitive = 412) => new(
        new ProposalHeading("src/Orders/OrderProcessor.cs", TargetKind.File, snapshot, "3f2a91c0d1e2f3a4b5c6", Date, "0.1.0", "full", ["cc.ms/1", "cog.sonar/1"]),
        new ProposalScope(["src/Orders/OrderProcessor.cs"], ["Shop.Orders.OrderProcessor", "Shop.Orders.OrderProcessor.Line"], 38, 1250, 312, 48000),
        [
            new Measurement("cc.ms total", 301, 0.987, 300, "files", true, "file CSV cc_total", null),
            new Measurement("cog.sonar total", cognitive, 0.993, 300, "files", true, "file CSV cognitive_total", null),
            new Measurement("mi.ms min (worst member)", 12, 0.95, 300, "files", false, "file CSV mi_min", null),
            new Measurement("lcom4 (least cohesive type)", 3, 0.9, 280, "files", true, "type CSV lcom4, max over the file's types", null),
        ],
        [new RuleTally("DR1002", "complexity", 9, 610.5), new RuleTally("DR1001", "complexity", 12, 480), new RuleTally("DR1003", "size", 2, 830)],
        new DebtFigures(debtMinutes, 23, 1100, 30, debtMinutes / (30 * 1100.0), DebtRating.A),
        new HistoryFigures(
            true,
            null,
            Date.AddYears(-1),
            Date,
            87,
            412,
            2400,
            1300,
            [new AuthorShare("Ann Lee", 50), new AuthorShare("Bob | Builder", 30), new AuthorShare("Cy", 7)],
            "Ann Lee",
            0.62,
            "lines added",
            [new MonthActivity("2025-11", 5, 120, 40, 1), new MonthActivity("2025-12", 0, 0, 0, 0), new MonthActivity("2026-01", 12, 400, 210, 4), new MonthActivity("2026-02", 70, 1880, 1050, 9)],
            [new CoupledFile("src/Orders/OrderValidator.cs", "src/Orders/OrderProcessor.cs", 64, 30, 40)],
            "code-maat defaults: mean revisions ≥ 5, shared ≥ 5, degree ≥ 30 %, commits of more than 30 files left out",
            []),
        new TrendFigures(
            [
                new TrendPoint(12, Date.AddDays(-60), "aaaaaaa1", 280, 390, 1700),
                new TrendPoint(13, Date.AddDays(-30), "bbbbbbb2", 295, 405, 1850.5),
                new TrendPoint(snapshot, Date, "3f2a91c0", 301, cognitive, debtMinutes),
            ],
            null),
        new HotspotMap(
            [new MapPoint("src/Orders/OrderProcessor.cs", 87, cognitive, true), new MapPoint("src/Orders/OrderValidator.cs", 40, 120, false), new MapPoint("src/Util/Text.cs", 3, 8, false)],
            1,
            1,
            null),
        new BlastRadius(["Shop.Api.OrdersController", "Shop.Jobs.Nightly"], ["Shop.Api", "Shop.Jobs"], [new NamespaceCoupling("Shop.Orders", 6, 4, 0.4)], "from the type references stored with each type declaration (fully qualified names)"),
        new BusinessCase(
            new CoreRange(60.5, 140, ["changes/year 29: member history", "penalty +124%…+800% in the worst band: Tornhill & Borg, Code Red, 2022"]),
            null,
            0.55,
            "share of its 120 member changes that landed in members breaking a complexity or size rule",
            new CoreRange(debtMinutes / 60 / 140, debtMinutes / 60 / 60.5, ["debt hours / interest hours per year"]),
            debtMinutes / 60,
            95,
            "EUR",
            new CoreRange(0.4, 0.65, ["this repository: ratio 2.9"]),
            new CoreRange(0.2, 0.45, ["time per change +124% (mean) to +800% (worst case) in the worst band: Tornhill & Borg, Code Red, 2022"]),
            new Calibration(true, "calibrated on this repository's bug-fix commits", 41, @"\bfix | \bbugs?\b", 12, 140, 2.9, 2000, 20221)));

    /// <summary>The same target with no git history and a single snapshot.</summary>
    public static ProposalPack WithoutHistory() => Pack() with
    {
        History = HistoryFigures.None("the snapshot was not taken in a git repository (it records no commit)", []),
        Trend = new TrendFigures([new TrendPoint(14, Date, null, 301, 412, 1920.5)], "Only one snapshot is stored, so there is no trend yet: run `debtradar scan` again after the next change, or `debtradar backfill --commits 30` to scan past commits."),
        Map = new HotspotMap([], null, 0, "No map: the snapshot was not taken in a git repository (it records no commit)."),
        Case = Pack().Case with
        {
            InterestHoursPerYear = null,
            BreakingPointYears = null,
            DefectReduction = new CoreRange(0.78, 0.875, ["defects ×15 in the worst band vs healthy code: Tornhill & Borg, Code Red, 2022 (39 codebases)"]),
            Calibration = new Calibration(false, "no history: the snapshot was not taken in a git repository (it records no commit)", 0, @"\bfix", 0, 0, null, 0, 0),
        },
    };
}
