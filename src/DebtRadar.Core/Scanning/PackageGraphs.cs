using DebtRadar.Core.Model;

namespace DebtRadar.Core.Scanning;

/// <summary>Dependency graphs between the namespaces and between the projects of a scan.</summary>
internal static class PackageGraphs
{
    /// <summary>Namespace → namespaces of scanned types it uses (external namespaces left out).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> Namespaces(IReadOnlyList<ProjectResult> projects)
    {
        var declared = projects.SelectMany(p => p.Files).SelectMany(f => f.Types).Select(t => t.Namespace).ToHashSet(StringComparer.Ordinal);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in projects.SelectMany(p => p.Files).SelectMany(f => f.Types))
        {
            if (!graph.TryGetValue(type.Namespace, out var edges))
            {
                graph[type.Namespace] = edges = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var used in type.CoupledTypes)
            {
                if (used.Namespace != type.Namespace && declared.Contains(used.Namespace))
                {
                    edges.Add(used.Namespace);
                }
            }
        }

        return graph.ToDictionary(kv => kv.Key, kv => (IReadOnlyCollection<string>)kv.Value, StringComparer.Ordinal);
    }

    /// <summary>Project → scanned projects it references.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> Projects(IReadOnlyList<ProjectResult> projects)
    {
        var names = projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return projects
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyCollection<string>)g.SelectMany(p => p.ProjectReferences).Where(names.Contains).Distinct(StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
    }
}
