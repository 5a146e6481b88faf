using DebtRadar.Core.Debt;
using DebtRadar.Core.Rules;
using DebtRadar.Storage;

namespace DebtRadar.Tui.Data;

/// <summary>Everything the dashboard is given by its host.</summary>
/// <param name="Store">The database it shows.</param>
/// <param name="Services">Rescan and proposal writing.</param>
/// <param name="Cost">The repository's cost model (debt ratio, rating, interest).</param>
/// <param name="Rules">The rule catalog in force, for the rationale of a finding.</param>
public sealed record DashboardContext(SnapshotStore Store, IDashboardServices Services, CostModel Cost, RuleCatalog Rules);
