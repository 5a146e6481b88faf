using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules;

/// <summary>What a rule looks at, and so where its findings live.</summary>
public enum RuleScope
{
    /// <summary>One member (method, accessor, constructor…); findings live on the file.</summary>
    Member,
    /// <summary>One type, aggregated over its partial declarations; findings live on the project.</summary>
    Type,
    /// <summary>One file; findings live on the file.</summary>
    File,
    /// <summary>A namespace; findings live on the scan.</summary>
    Namespace,
    /// <summary>A project; findings live on the scan.</summary>
    Project,
    /// <summary>A pass over the whole solution (clones across files, imported coverage); findings live on the scan.</summary>
    Solution,
}

/// <summary>SQALE-style remediation cost: <c>base + per unit × (value − threshold)</c>.</summary>
/// <param name="BaseMinutes">Minutes for any finding of the rule.</param>
/// <param name="MinutesPerUnit">Extra minutes per unit over the threshold.</param>
public sealed record RemediationCost(double BaseMinutes, double MinutesPerUnit)
{
    /// <summary>Minutes to fix a finding that is <paramref name="excess"/> units over the threshold.</summary>
    public double Minutes(double excess) => BaseMinutes + (MinutesPerUnit * Math.Max(0, excess));
}

/// <summary>A rule's own examples; every rule's examples run as tests.</summary>
/// <param name="NonCompliant">C# that the rule must flag; <c>[|</c> and <c>|]</c> mark the flagged spot.</param>
/// <param name="Compliant">C# that the rule must not flag.</param>
/// <param name="Parameters">Parameter values the examples are written for (small thresholds keep examples short).</param>
public sealed record RuleExamples(string NonCompliant, string Compliant, ImmutableDictionary<string, double> Parameters);

/// <summary>One entry of the rule catalog, as read from <c>rules/DR####.kebab-name.json</c>.</summary>
/// <param name="Id">Rule id, e.g. <c>DR1001</c>.</param>
/// <param name="Name">Kebab-case name, e.g. <c>method-cyclomatic</c>.</param>
/// <param name="Title">One-line title.</param>
/// <param name="Category">complexity, size, coupling, cohesion, inheritance, async, exceptions, performance, design or maintainability.</param>
/// <param name="Scope">What the rule looks at.</param>
/// <param name="DefaultSeverity">Severity unless configured otherwise.</param>
/// <param name="Parameters">Thresholds and other numbers, by name.</param>
/// <param name="Remediation">What fixing one finding costs.</param>
/// <param name="Rationale">Why it is debt.</param>
/// <param name="References">Where the rule and its threshold come from.</param>
/// <param name="Examples">Non-compliant and compliant C#.</param>
/// <param name="Source">The file it was read from (resource name for built-in rules).</param>
public sealed record RuleDefinition(
    string Id,
    string Name,
    string Title,
    string Category,
    RuleScope Scope,
    FindingSeverity DefaultSeverity,
    ImmutableDictionary<string, double> Parameters,
    RemediationCost Remediation,
    string Rationale,
    ImmutableArray<string> References,
    RuleExamples? Examples,
    string Source)
{
    /// <summary>
    /// For user rules written without C#: <c>banned-api</c> or <c>metric-threshold</c>; null for
    /// built-in rules, which each have their own detector.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>For <c>metric-threshold</c> rules: the member or type metric compared with the <c>threshold</c> parameter.</summary>
    public string? Metric { get; init; }

    /// <summary>For <c>banned-api</c> rules: lines in BannedSymbols.txt format (<c>M:Ns.Type.Method(System.String);why</c>).</summary>
    public ImmutableArray<string> BannedSymbols { get; init; } = [];
}

/// <summary>A rule file that could not be read: which file, which field, what is wrong.</summary>
/// <param name="File">The file (or resource) name.</param>
/// <param name="Field">The JSON field at fault, e.g. <c>remediation.baseMinutes</c>; empty for the file as a whole.</param>
/// <param name="Message">What is wrong.</param>
public sealed record RuleLoadError(string File, string Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Field.Length == 0 ? $"{File}: {Message}" : $"{File}: {Field}: {Message}";
}
