using System.Collections.Immutable;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Metrics;

/// <summary>Martin's Ca, Ce, I, A, D per namespace and per project, and dependency cycles.</summary>
internal static class PackageDependencies
{
    // PLACEHOLDER (skeleton).
    public static ImmutableArray<PackageMetrics> ByNamespace(IReadOnlyList<ProjectResult> projects) => [];

    // PLACEHOLDER (skeleton).
    public static ImmutableArray<PackageMetrics> ByProject(IReadOnlyList<ProjectResult> projects) => [];

    /// <summary>Each strongly connected component of more than one node (or a self-loop), names sorted.</summary>
    public static ImmutableArray<ImmutableArray<string>> Cycles(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph) => [];
}
