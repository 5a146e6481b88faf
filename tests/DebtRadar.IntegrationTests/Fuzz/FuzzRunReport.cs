using System.Collections.Immutable;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>What the child process reports back: each pass, its peak memory and its time.</summary>
internal sealed record FuzzRunReport(ImmutableArray<FuzzPass> Passes, long PeakWorkingSetMegabytes, double Seconds);
