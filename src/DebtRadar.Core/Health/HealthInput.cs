using System.Collections.Immutable;

namespace DebtRadar.Core.Health;

/// <summary>One method as the code health score sees it.</summary>
/// <param name="Name">Member name, for the factor's detail.</param>
/// <param name="Cyclomatic"><c>cc.ms</c>.</param>
/// <param name="Cognitive"><c>cog.sonar</c>.</param>
/// <param name="MaxNesting"><c>nesting.max</c>.</param>
/// <param name="Nloc"><c>loc.nloc</c>.</param>
/// <param name="Bumps">Bumpy-road bumps.</param>
/// <param name="ComplexConditionals">Conditions with two or more logical operators.</param>
public sealed record HealthMethod(string Name, int Cyclomatic, int Cognitive, int MaxNesting, int Nloc, int Bumps, int ComplexConditionals);

/// <summary>One type of the file: its LCOM4 and member count.</summary>
/// <param name="Name">Type name.</param>
/// <param name="Lcom4"><c>lcom4</c>: connected components of its method graph.</param>
/// <param name="Members">Measured members.</param>
public sealed record HealthType(string Name, int Lcom4, int Members);

/// <summary>
/// Everything the code health of one file depends on, each factor a plain value, so that the score
/// is a pure function of it (and worsening any single value can be tested never to raise the score).
/// </summary>
/// <param name="Nloc">Lines of code of the file.</param>
/// <param name="Methods">Its members.</param>
/// <param name="Types">Its types.</param>
/// <param name="DuplicationDensity">Duplicated lines / lines, 0–1.</param>
/// <param name="LineCoverage">Covered / coverable lines, 0–1; null without coverage.</param>
/// <param name="FindingsPer100Nloc">Idiom findings (rules not already a factor) per 100 lines of code, lines floored at 100.</param>
public sealed record HealthInput(
    int Nloc,
    ImmutableArray<HealthMethod> Methods,
    ImmutableArray<HealthType> Types,
    double DuplicationDensity,
    double? LineCoverage,
    double FindingsPer100Nloc);
