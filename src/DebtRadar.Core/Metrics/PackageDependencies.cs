using System.Collections.Immutable;
using DebtRadar.Core.Metrics.Packages;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Metrics;

/// <summary>Martin's Ca, Ce, I, A, D per namespace and per project, and dependency cycles.</summary>
/// <remarks>
/// Counted in types, as Martin defines them for a category: Ca = types outside the package that
/// reference at least one type inside it; Ce = types inside that reference at least one type
/// outside. Only types of the scanned code count on either side: a reference to the BCL or a
/// NuGet package is not a dependency between packages of this code base (it would make every
/// package look unstable). Every type kind counts towards A's denominator; interfaces and
/// abstract classes are the abstract ones. Partial declarations are one type.
/// </remarks>
internal static class PackageDependencies
{
    public static ImmutableArray<PackageMetrics> ByNamespace(IReadOnlyList<ProjectResult> projects) =>
        Measure(new PackageTypes(projects), t => t.Namespace);

    public static ImmutableArray<PackageMetrics> ByProject(IReadOnlyList<ProjectResult> projects) =>
        Measure(new PackageTypes(projects), t => t.Project);

    /// <summary>Namespace → namespaces its types reference (scanned code only, no self-edges).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> NamespaceGraph(IReadOnlyList<ProjectResult> projects) =>
        Graph(new PackageTypes(projects), t => t.Namespace, []);

    /// <summary>Project → projects it references, declared or through the types it uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> ProjectGraph(IReadOnlyList<ProjectResult> projects) =>
        Graph(new PackageTypes(projects), t => t.Project, projects.SelectMany(p => p.ProjectReferences.Select(r => (p.Name, r))));

    /// <summary>Each strongly connected component of more than one node (or a self-loop), names sorted.</summary>
    public static ImmutableArray<ImmutableArray<string>> Cycles(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph) =>
        StronglyConnected.Cycles(graph);

    private static ImmutableArray<PackageMetrics> Measure(PackageTypes types, Func<PackageType, string> package)
    {
        var afferent = new Dictionary<string, HashSet<PackageType>>(StringComparer.Ordinal);
        var efferent = new Dictionary<string, HashSet<PackageType>>(StringComparer.Ordinal);
        foreach (var type in types.All)
        {
            foreach (var target in type.References.Select(r => types.Resolve(r, type)).OfType<PackageType>())
            {
                var from = package(type);
                var to = package(target);
                if (from == to)
                {
                    continue;
                }

                Add(efferent, from, type);
                Add(afferent, to, type);
            }
        }

        return
        [
            .. types.All.GroupBy(package, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PackageMetrics(
                    g.Key,
                    g.Count(),
                    g.Count(t => t.IsAbstract),
                    afferent.GetValueOrDefault(g.Key)?.Count ?? 0,
                    efferent.GetValueOrDefault(g.Key)?.Count ?? 0)),
        ];
    }

    private static Dictionary<string, IReadOnlyCollection<string>> Graph(
        PackageTypes types, Func<PackageType, string> package, IEnumerable<(string From, string To)> declared)
    {
        var edges = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in types.All)
        {
            edges.TryAdd(package(type), new SortedSet<string>(StringComparer.Ordinal));
            foreach (var target in type.References.Select(r => types.Resolve(r, type)).OfType<PackageType>())
            {
                if (package(type) != package(target))
                {
                    edges[package(type)].Add(package(target));
                }
            }
        }

        foreach (var (from, to) in declared)
        {
            if (!edges.TryGetValue(from, out var set))
            {
                edges[from] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(to);
        }

        return edges.ToDictionary(e => e.Key, e => (IReadOnlyCollection<string>)e.Value, StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, HashSet<PackageType>> map, string key, PackageType type)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = [];
        }

        set.Add(type);
    }
}
