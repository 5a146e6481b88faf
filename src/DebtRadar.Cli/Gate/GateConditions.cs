using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;

namespace DebtRadar.Cli.Gate;

/// <summary>The conditions a change must meet; a null condition is not checked.</summary>
/// <param name="MaxNewDebtMinutes">Most remediation minutes the new findings may add.</param>
/// <param name="MaxNewFindings">Most new findings.</param>
/// <param name="MinRating">Worst rating allowed for the whole scan (A best).</param>
/// <param name="MaxCcIncrease">Most the total cyclomatic complexity may rise.</param>
/// <param name="FailOnSeverity">No new finding may have this severity or a higher one.</param>
internal sealed record GateConditions(
    double? MaxNewDebtMinutes = null,
    int? MaxNewFindings = null,
    DebtRating? MinRating = null,
    int? MaxCcIncrease = null,
    FindingSeverity? FailOnSeverity = null)
{
    public static GateConditions None { get; } = new();

    public bool IsEmpty => this == None;

    /// <summary>These conditions with every one that <paramref name="overrides"/> sets replaced (command line over <c>debtradar.json</c>).</summary>
    public GateConditions OverriddenBy(GateConditions overrides) => new(
        overrides.MaxNewDebtMinutes ?? MaxNewDebtMinutes,
        overrides.MaxNewFindings ?? MaxNewFindings,
        overrides.MinRating ?? MinRating,
        overrides.MaxCcIncrease ?? MaxCcIncrease,
        overrides.FailOnSeverity ?? FailOnSeverity);
}

/// <summary>The <c>gate</c> section of <c>debtradar.json</c>: a default baseline and default conditions.</summary>
/// <param name="Baseline">Snapshot id or git ref, or null (the previous snapshot).</param>
/// <param name="Conditions">Conditions the command line may override.</param>
internal sealed record GateSettings(string? Baseline, GateConditions Conditions)
{
    public static GateSettings Default { get; } = new(null, GateConditions.None);
}
