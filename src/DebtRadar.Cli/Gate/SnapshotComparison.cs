using DebtRadar.Core.Debt;
using DebtRadar.Reports.Comparison;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Gate;

/// <summary>Two stored snapshots turned into the change summary that the gate and the Markdown report share.</summary>
internal static class SnapshotComparison
{
    public static ChangeSummary Create(StoredSnapshot current, StoredSnapshot? baseline, CostModel cost, int maxHotspots = 5) =>
        ChangeSummary.Create(Side(current, cost), baseline is null ? null : Side(baseline, cost), maxHotspots);

    private static (Core.Model.ScanResult, SnapshotLabel, DebtItem) Side(StoredSnapshot snapshot, CostModel cost) =>
        (snapshot.Scan, new SnapshotLabel(snapshot.Info.Id, snapshot.Info.Metadata.Commit), DebtCalculator.Compute(snapshot.Scan, cost).Solution);
}
