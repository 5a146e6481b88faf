using System.Collections.Immutable;
using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Scanning;

/// <summary>Combines the fragments of each type across a project's files into one <see cref="TypeResult"/>.</summary>
internal static class TypeAggregation
{
    public static ImmutableArray<TypeResult> Aggregate(string project, IReadOnlyList<FileResult> files)
    {
        var fragments = new Dictionary<string, List<(FileResult File, TypeFragment Fragment)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in files)
        {
            foreach (var fragment in file.Types)
            {
                if (!fragments.TryGetValue(fragment.Name, out var list))
                {
                    fragments[fragment.Name] = list = [];
                    order.Add(fragment.Name);
                }

                list.Add((file, fragment));
            }
        }

        var membersByType = files.SelectMany(f => f.Members).ToLookup(m => m.Type, StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<TypeResult>(order.Count);
        foreach (var name in order)
        {
            results.Add(Combine(project, fragments[name], [.. membersByType[name]]));
        }

        return results.ToImmutable();
    }

    private static TypeResult Combine(string project, List<(FileResult File, TypeFragment Fragment)> parts, IReadOnlyList<MemberResult> members)
    {
        var (firstFile, first) = parts[0];
        var coupled = new HashSet<string>(StringComparer.Ordinal);
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var cohesion = new List<CohesionEntry>();
        var initializerCc = 0;
        var sourceLines = 0;
        foreach (var (_, fragment) in parts)
        {
            coupled.UnionWith(fragment.CoupledTypes.Select(t => t.Name));
            fields.UnionWith(fragment.Fields);
            cohesion.AddRange(fragment.Cohesion);
            initializerCc += fragment.InitializerCyclomatic;
            sourceLines += fragment.SourceLines;
        }

        var wmc = members.Sum(m => m.Metrics.Cyclomatic);
        return new TypeResult(
            project,
            firstFile.Path,
            first.Line,
            first.Name,
            first.Kind,
            members.Count,
            wmc,
            initializerCc + wmc,
            coupled.Count,
            first.DepthOfInheritance,
            Cohesion.LcomHs(fields, cohesion),
            Cohesion.Lcom4(fields, cohesion),
            parts is [{ Fragment.MaintainabilityIndex: { } exact }] ? exact : MaintainabilityIndex.ForType([.. members.Select(m => m.Metrics)]),
            sourceLines);
    }
}
