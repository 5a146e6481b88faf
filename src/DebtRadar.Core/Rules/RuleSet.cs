using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules;

/// <summary>A rule as it runs in a scan: its definition with configuration applied.</summary>
/// <param name="Definition">The catalog entry.</param>
/// <param name="Severity">Effective severity.</param>
/// <param name="Parameters">Effective parameters (catalog values overridden by configuration).</param>
public sealed record ActiveRule(RuleDefinition Definition, FindingSeverity Severity, ImmutableDictionary<string, double> Parameters)
{
    /// <summary>A parameter's value, or <paramref name="fallback"/> when neither catalog nor configuration sets it.</summary>
    public double Parameter(string name, double fallback) => Parameters.TryGetValue(name, out var value) ? value : fallback;
}

/// <summary>The rules that run in a scan, and a hash of everything that decides their findings (part of the cache key).</summary>
public sealed class RuleSet
{
    private RuleSet(ImmutableArray<ActiveRule> rules, Func<string, bool>? pathFilter, string hash)
    {
        Rules = rules;
        PathFilter = pathFilter;
        Hash = hash;
    }

    /// <summary>Enabled rules, ordered by id.</summary>
    public ImmutableArray<ActiveRule> Rules { get; }

    /// <summary>Hex SHA-256 of the effective rules, parameters, severities and globs.</summary>
    public string Hash { get; }

    /// <summary>No rule at all.</summary>
    public static RuleSet None { get; } = new([], null, "none");

    private Func<string, bool>? PathFilter { get; }

    /// <summary>Whether findings in <paramref name="path"/> are kept.</summary>
    public bool Includes(string path) => PathFilter?.Invoke(path) ?? true;

    /// <summary>Applies <paramref name="configuration"/> to <paramref name="catalog"/>.</summary>
    public static RuleSet Create(RuleCatalog catalog, RuleConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        configuration ??= new RuleConfiguration();
        var rules = ImmutableArray.CreateBuilder<ActiveRule>();
        foreach (var rule in catalog.Rules)
        {
            var severity = rule.DefaultSeverity;
            var parameters = rule.Parameters;
            if (configuration.Rules.TryGetValue(rule.Id, out var custom))
            {
                if (custom.Enabled == false)
                {
                    continue;
                }

                severity = custom.Severity ?? severity;
                parameters = parameters.SetItems(custom.Parameters);
            }

            if (configuration.EditorConfigSeverities.TryGetValue(rule.Id, out var text))
            {
                if (SeverityNames.IsOff(text))
                {
                    continue;
                }

                severity = SeverityNames.TryParse(text) ?? severity;
            }

            rules.Add(new ActiveRule(rule, severity, parameters));
        }

        var active = rules.ToImmutable();
        return new RuleSet(active, configuration.PathFilter, ComputeHash(active, configuration));
    }

    private static string ComputeHash(ImmutableArray<ActiveRule> rules, RuleConfiguration configuration)
    {
        var text = new StringBuilder();
        foreach (var rule in rules)
        {
            text.Append(rule.Definition.Id).Append('|').Append(rule.Severity).Append('|')
                .AppendJoin(',', rule.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => FormattableString.Invariant($"{p.Key}={p.Value}")))
                .Append('|').AppendJoin(',', rule.Definition.BannedSymbols).Append('|').Append(rule.Definition.Metric)
                .Append('|').Append(FormattableString.Invariant($"{rule.Definition.Remediation.BaseMinutes}/{rule.Definition.Remediation.MinutesPerUnit}"))
                .Append('\n');
        }

        text.Append("include:").AppendJoin(',', configuration.Include).Append("\nexclude:").AppendJoin(',', configuration.Exclude);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
