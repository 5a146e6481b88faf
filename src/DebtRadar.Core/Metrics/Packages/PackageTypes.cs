using System.Text.RegularExpressions;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Metrics.Packages;

/// <summary>One scanned type with everything Martin's metrics need, partial fragments merged.</summary>
internal sealed record PackageType(string Key, string Namespace, string Project, bool IsAbstract, IReadOnlyCollection<TypeReference> References);

/// <summary>Collects the scanned types and resolves references to them.</summary>
internal sealed partial class PackageTypes
{
    private readonly Dictionary<string, List<PackageType>> byKey = new(StringComparer.Ordinal);

    public PackageTypes(IReadOnlyList<ProjectResult> projects)
    {
        var merged = new Dictionary<(string Project, string Key), (string Namespace, bool IsAbstract, HashSet<TypeReference> Refs)>();
        foreach (var project in projects)
        {
            foreach (var fragment in project.Files.SelectMany(f => f.Types))
            {
                var id = (project.Name, Key(fragment.Name));
                merged[id] = merged.TryGetValue(id, out var seen)
                    ? (seen.Namespace, seen.IsAbstract || fragment.IsAbstract, [.. seen.Refs, .. fragment.CoupledTypes])
                    : (fragment.Namespace, fragment.IsAbstract, [.. fragment.CoupledTypes]);
            }
        }

        foreach (var ((project, key), (ns, isAbstract, refs)) in merged)
        {
            var type = new PackageType(key, ns, project, isAbstract, refs);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(type);
        }

        All = [.. byKey.Values.SelectMany(l => l).OrderBy(t => t.Project, StringComparer.Ordinal).ThenBy(t => t.Key, StringComparer.Ordinal)];
    }

    public IReadOnlyList<PackageType> All { get; }

    /// <summary>The scanned type a reference points at, or null when it is outside the scanned code.</summary>
    public PackageType? Resolve(TypeReference reference, PackageType from)
    {
        if (!byKey.TryGetValue(Key(reference.Name), out var candidates))
        {
            return null;
        }

        // The same name in several projects (linked files, common names): prefer the referenced
        // assembly, then the referencing project itself.
        return candidates.Count == 1
            ? candidates[0]
            : candidates.FirstOrDefault(c => string.Equals(c.Project, reference.Assembly, StringComparison.Ordinal))
              ?? candidates.FirstOrDefault(c => c.Project == from.Project)
              ?? candidates[0];
    }

    /// <summary>
    /// One spelling for both sides: declarations are named <c>N.Outer&lt;T, U&gt;.Inner</c>, references
    /// by metadata name <c>N.Outer`2.Inner</c> (or <c>+</c> for nesting); both become the latter.
    /// </summary>
    internal static string Key(string name) =>
        TypeParameters().Replace(name.Replace('+', '.'), m => "`" + (m.Groups[1].Value.Count(c => c == ',') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex("<([^<>]*)>")]
    private static partial Regex TypeParameters();
}
