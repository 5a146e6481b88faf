using DebtRadar.Cli.Gate;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Rules;

namespace DebtRadar.Cli.Configuration;

/// <summary>Everything read from a repository's <c>debtradar.json</c>, <c>.editorconfig</c> and rule folders, ready for Core.</summary>
/// <param name="Rules">The rules that run.</param>
/// <param name="Catalog">Built-in plus user rules.</param>
/// <param name="Cost">The cost model.</param>
/// <param name="Problems">One line per problem found reading the files (the scan goes on without the bad parts).</param>
internal sealed record RepositoryConfiguration(RuleSet Rules, RuleCatalog Catalog, CostModel Cost, IReadOnlyList<string> Problems)
{
    /// <summary>The <c>gate</c> section: default baseline and conditions of <c>debtradar gate</c>.</summary>
    public GateSettings Gate { get; init; } = GateSettings.Default;
}
