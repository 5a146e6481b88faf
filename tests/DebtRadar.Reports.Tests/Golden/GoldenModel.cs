using System.Collections.Immutable;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Comparison;
using DebtRadar.Reports.Json;
using DebtRadar.Reports.Tables;

namespace DebtRadar.Reports.Tests.Golden;

/// <summary>
/// The scans the golden files are written from: a baseline and a change with a hostile file name,
/// decimals that a comma culture would spell differently, a moved finding, a new and a fixed one.
/// </summary>
internal static class GoldenModel
{
    public const string HostilePath = "=HYPERLINK(\"evil.example\",\"open\").cs";

    public static ScanResult Baseline { get; } = Scan(
        ordersHash: "h1",
        ordersFindings: [Cyclomatic(line: 5), AsyncVoid()],
        hostileFindings: []);

    /// <summary>The change: DR1001 moved down by 4 lines (same fingerprint), DR2001 fixed, an error and a TODO added.</summary>
    public static ScanResult Current { get; } = Scan(
        ordersHash: "h2",
        ordersFindings: [Cyclomatic(line: 9), Todo()],
        hostileFindings: [EmptyCatch()]);

    public static SnapshotHeader Header { get; } = new(7, new DateTimeOffset(2024, 3, 5, 12, 30, 0, TimeSpan.FromHours(1)), "0123456789abcdef0123456789abcdef01234567", "feature/x", AnalysisMode.SyntaxOnly, "0.1.0+cc.ms/1,cog.sonar/1");

    public static ChangeSummary Summary(bool withBaseline) => ChangeSummary.Create(
        (Current, new SnapshotLabel(7, "0123456789abcdef"), Debt(Current)),
        withBaseline ? (Baseline, new SnapshotLabel(5, "fedcba9876543210"), Debt(Baseline)) : null);

    public static DebtItem Debt(ScanResult scan) => DebtCalculator.Compute(scan, new CostModel()).Solution;

    public static IReadOnlyList<HotspotRow> Hotspots { get; } =
    [
        new() { Rank = 1, File = "src/Shop/Orders.cs", Member = "", Revisions = 12, Added = 340, Deleted = 120, Authors = 3, MainAuthorShare = 0.667, Complexity = 31, Score = 1 },
        new() { Rank = 2, File = HostilePath, Member = "Shop.Odd.Grade(int, bool)", Revisions = 2, Added = 40, Deleted = 0, Authors = 1, MainAuthorShare = 1, Complexity = 9, Score = 0.048 },
    ];

    public static IReadOnlyList<TrendCsvRow> Trend { get; } =
    [
        new() { Snapshot = 5, Timestamp = "2024-03-01T09:00:00+00:00", Commit = "fedcba9876543210", Scope = "", Files = 2, Members = 3, Loc = 60, CcTotal = 11, CognitiveTotal = 9, MiAvg = 61.33, WorstMi = 48, CouplingAvg = 2.5, Findings = null, DebtMinutes = null },
        new() { Snapshot = 7, Timestamp = "2024-03-05T12:30:00+01:00", Commit = "0123456789abcdef", Scope = "", Files = 2, Members = 3, Loc = 64, CcTotal = 12, CognitiveTotal = 10, MiAvg = 60.67, WorstMi = 47, CouplingAvg = 2.25, Findings = 3, DebtMinutes = 45.5 },
    ];

    private static ScanResult Scan(string ordersHash, ImmutableArray<Finding> ordersFindings, ImmutableArray<Finding> hostileFindings)
    {
        var orders = new FileResult("src/Shop/Orders.cs", ordersHash, AnalysisMode.SyntaxOnly, 40, 38, 30,
            [new TypeFragment("Shop.Orders", "Shop", TypeKind.Class, 3, 3, 40, false, 1, [], 0, 38, [], [])],
            [
                new MemberResult("Shop.Orders", "Route(int, int)", MemberKind.Method, 9, 9, 30, new MemberMetrics(12, 11, 22, 15, 20, 2, 3, 1234.5678, HalsteadMetrics.Empty, 48, 4)),
                new MemberResult("Shop.Orders", "Count.get", MemberKind.Getter, 35, 35, 35, new MemberMetrics(1, 0, 1, 1, 1, 0, 0, 2.0, HalsteadMetrics.Empty, 100, 0)),
            ],
            []) { Findings = ordersFindings };
        var hostile = new FileResult(HostilePath, "h3", AnalysisMode.SyntaxOnly, 12, 10, 9,
            [new TypeFragment("Shop.Odd", "Shop", TypeKind.RecordStruct, 2, 2, 12, false, 1, [], 0, 10, [], [])],
            [new MemberResult("Shop.Odd", "Grade(int, bool)", MemberKind.Method, 4, 4, 11, new MemberMetrics(5, 9, 8, 6, 7, 2, 2, 98.765, HalsteadMetrics.Empty, 36, 1))],
            []) { Findings = hostileFindings };
        var project = new ProjectResult("Shop", "src/Shop/Shop.csproj", null, AnalysisMode.SyntaxOnly, [], [orders, hostile],
            [
                new TypeResult("Shop", "src/Shop/Orders.cs", 3, "Shop.Orders", TypeKind.Class, 2, 13, 13, 4, 1, 0.3333333, 2, 48, 38),
                new TypeResult("Shop", HostilePath, 2, "Shop.Odd", TypeKind.RecordStruct, 1, 5, 5, 1, 1, null, 1, 36, 10),
            ],
            []);
        return new ScanResult("Shop.sln", "/home/dev/shop", [project], [new PackageMetrics("Shop", 2, 0, 0, 0)], [new PackageMetrics("Shop", 2, 0, 0, 1)], [], [], [], [])
        {
            Churn = [new FileChurn("src/Shop/Orders.cs", 12, 340, 120, 3, 0.667, 1), new FileChurn(HostilePath, 2, 40, 0, 1, 1, 0.048)],
        };
    }

    private static Finding Cyclomatic(int line) => new(
        "DR1001", FindingSeverity.Warning, "complexity", "src/Shop/Orders.cs", line, 16, "Shop.Orders", "Route(int, int)",
        "'Route' has cyclomatic complexity 12 (threshold 10)", 12, "a1b2c3d4e5f6a1b2c3d4e5f6");

    private static Finding AsyncVoid() => new(
        "DR2001", FindingSeverity.Warning, "async", "src/Shop/Orders.cs", 20, 23, "Shop.Orders", "Fire()",
        "'Fire' is async void: return Task so callers can await it and see its exceptions", 15, "0f0f0f0f0f0f0f0f0f0f0f0f");

    private static Finding Todo() => new(
        "DR5001", FindingSeverity.Suggestion, "maintainability", "src/Shop/Orders.cs", 14, 42, "Shop.Orders", "Route(int, int)",
        "TODO comment: debt the authors admitted; fix it or track it as an issue", 15, "1234567890ab1234567890ab");

    private static Finding EmptyCatch() => new(
        "DR3001", FindingSeverity.Error, "exceptions", HostilePath, 7, 9, "Shop.Odd", "Grade(int, bool)",
        "@team: empty catch block, \"swallowed\" | #1 <b>", 10.5, "feedfacefeedfacefeedface");
}
