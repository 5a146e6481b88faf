using System.Collections.Immutable;
using DebtRadar.Core.Coverage;

namespace DebtRadar.Core.Health;

/// <summary>Coverage handed to a scan: the merged reports and the names they were given by (for the snapshot's record).</summary>
/// <param name="Report">The reports, merged.</param>
/// <param name="Names">How each report was named, with its format, e.g. <c>tests/coverage.cobertura.xml (cobertura)</c>.</param>
public sealed record CoverageInput(CoverageReport Report, ImmutableArray<string> Names);
