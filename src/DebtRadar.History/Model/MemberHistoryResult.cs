using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.History.Model;

/// <summary>Member-level churn for one window.</summary>
/// <param name="Head">The analysed commit; null when there is none.</param>
/// <param name="Members">Per-member history, ordinal by file, type and name.</param>
/// <param name="Diagnostics">Why the history may be partial or empty.</param>
public sealed record MemberHistoryResult(HeadCommit? Head, ImmutableArray<MemberHistory> Members, ImmutableArray<ScanDiagnostic> Diagnostics);
