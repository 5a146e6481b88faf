using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules;

/// <summary>The user's settings for one rule (<c>debtradar.json</c> "rules" entry).</summary>
/// <param name="Enabled">False turns the rule off; null keeps it on.</param>
/// <param name="Severity">Severity to use instead of the default, or null.</param>
/// <param name="Parameters">Parameter values to use instead of the catalog's.</param>
public sealed record RuleOverride(bool? Enabled, FindingSeverity? Severity, ImmutableDictionary<string, double> Parameters);

/// <summary>
/// Rule configuration as already read by a front-end (Core reads no file): per-rule overrides
/// from <c>debtradar.json</c>, then <c>dotnet_diagnostic.DR####.severity</c> from
/// <c>.editorconfig</c>, which wins as it does for every .NET analyzer.
/// </summary>
public sealed record RuleConfiguration
{
    /// <summary>Overrides from <c>debtradar.json</c>, by rule id.</summary>
    public ImmutableDictionary<string, RuleOverride> Rules { get; init; } = ImmutableDictionary<string, RuleOverride>.Empty;

    /// <summary>Severities from <c>.editorconfig</c> by rule id: suggestion, warning, error, or none/silent (off).</summary>
    public ImmutableDictionary<string, string> EditorConfigSeverities { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Glob patterns of files whose findings are kept (all when empty), as text for hashing.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    /// <summary>Glob patterns of files whose findings are dropped.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <summary>Decides <see cref="Include"/>/<see cref="Exclude"/> for a repository-relative path; null keeps every file.</summary>
    public Func<string, bool>? PathFilter { get; init; }
}
