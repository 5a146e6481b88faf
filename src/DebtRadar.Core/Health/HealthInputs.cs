using System.Collections.Frozen;
using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Health;

/// <summary>Builds a file's <see cref="HealthInput"/> from its measurements, its project's types and the findings placed in it.</summary>
public static class HealthInputs
{
    /// <summary>
    /// Rules whose subject is already a health factor (complexity, nesting, size, cohesion,
    /// duplication, coverage): their findings are not counted again as findings density.
    /// </summary>
    public static FrozenSet<string> FactorRules { get; } =
        new[] { "DR1001", "DR1002", "DR1003", "DR1005", "DR1103", "DR1201", "DR1401", "DR1402" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The health input of <paramref name="file"/>.</summary>
    /// <param name="file">The file, with duplicated lines and coverage already set.</param>
    /// <param name="types">Aggregated types of its project, by name.</param>
    /// <param name="findings">Every finding placed in this file (file, type and scan scope).</param>
    /// <param name="lineCoverage">The file's line coverage, or null without coverage.</param>
    public static HealthInput For(FileResult file, IReadOnlyDictionary<string, TypeResult> types, IEnumerable<Finding> findings, double? lineCoverage)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(findings);
        var methods = file.Members.Select(m => new HealthMethod(
            $"{ShortType(m.Type)}.{m.Name}", m.Metrics.Cyclomatic, m.Metrics.Cognitive, m.Metrics.MaxNesting, m.Metrics.Nloc, m.Metrics.Bumps, m.Metrics.ComplexConditionals));
        var fileTypes = file.Types.Select(t => t.Name).Distinct(StringComparer.Ordinal)
            .Select(n => types.GetValueOrDefault(n)).OfType<TypeResult>()
            .Select(t => new HealthType(ShortType(t.Name), t.Lcom4, t.Members));
        var counted = findings.Count(f => !FactorRules.Contains(f.RuleId));
        return new HealthInput(
            file.Nloc,
            [.. methods],
            [.. fileTypes],
            file.DuplicationDensity,
            lineCoverage,
            counted * 100.0 / Math.Max(100, file.Nloc));
    }

    private static string ShortType(string type)
    {
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        var head = generic < 0 ? type : type[..generic];
        var dot = head.LastIndexOf('.');
        return dot < 0 ? type : type[(dot + 1)..];
    }
}
