using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// Lanza and Marinescu's God Class detection strategy: WMC ≥ VERY HIGH (47) and TCC &lt; 1/3 and
/// ATFD &gt; FEW (5). TCC is computed from the fields each method touches; ATFD (foreign data
/// accessed) is not measured, so class coupling stands in for it — it over-approximates, which
/// the other two conditions keep in check. Types whose methods touch no field are not judged.
/// </summary>
internal sealed class DR1105GodClass : ITypeDetector
{
    public string RuleId => "DR1105";

    public IEnumerable<Hit> Detect(TypeResult type, IReadOnlyList<TypeFragment> fragments, ActiveRule rule)
    {
        if (type.Kind is not (TypeKind.Class or TypeKind.Record))
        {
            yield break;
        }

        // Without state there is no cohesion to judge (static helpers, or field use not measured).
        if (!fragments.Any(f => f.Cohesion.Any(c => c.Fields.Length > 0)))
        {
            yield break;
        }

        // The cheap conditions first: cohesion is computed only for a type they already condemn.
        var wmcLimit = rule.Parameter("wmc", 47);
        if (type.Wmc < wmcLimit || type.Coupling <= rule.Parameter("foreignData", 5))
        {
            yield break;
        }

        var tcc = TightClassCohesion(fragments);
        if (tcc < rule.Parameter("tcc", 1.0 / 3))
        {
            yield return new Hit(
                FormattableString.Invariant($"{type.Name} is a god class: WMC {type.Wmc}, TCC {tcc:0.00}, coupling {type.Coupling}"),
                type.Wmc - wmcLimit);
        }
    }

    /// <summary>Share of method pairs that use at least one field in common; 1 for fewer than two methods.</summary>
    /// <remarks>
    /// Members with the same field set are counted as one group (all their pairs are connected),
    /// and groups meet only through a field's list of users, so a type of many members using a few
    /// fields costs about its member count, not its member count squared.
    /// </remarks>
    internal static double TightClassCohesion(IReadOnlyList<TypeFragment> fragments) => TightClassCohesion(fragments, out _);

    /// <summary>As <see cref="TightClassCohesion(IReadOnlyList{TypeFragment})"/>; <paramref name="visits"/> counts the steps through fields' user lists, the work that could grow with the square of the members.</summary>
    internal static double TightClassCohesion(IReadOnlyList<TypeFragment> fragments, out long visits)
    {
        visits = 0;
        var methods = 0;
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<(string[] Fields, long Count)>();
        foreach (var entry in fragments.SelectMany(f => f.Cohesion))
        {
            methods++;
            var fields = entry.Fields.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (fields.Length == 0)
            {
                continue; // shares no field with anyone
            }

            var key = string.Join('\0', fields);
            if (groupOf.TryGetValue(key, out var index))
            {
                groups[index] = (fields, groups[index].Count + 1);
            }
            else
            {
                groupOf[key] = groups.Count;
                groups.Add((fields, 1));
            }
        }

        if (methods < 2)
        {
            return 1;
        }

        var users = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var field in groups[g].Fields)
            {
                if (!users.TryGetValue(field, out var list))
                {
                    users[field] = list = [];
                }

                list.Add(g);
            }
        }

        var connected = 0L;
        var seenBy = new int[groups.Count];
        Array.Fill(seenBy, -1);
        for (var g = 0; g < groups.Count; g++)
        {
            var count = groups[g].Count;
            connected += count * (count - 1) / 2;
            foreach (var field in groups[g].Fields)
            {
                foreach (var other in users[field])
                {
                    visits++;
                    if (other > g && seenBy[other] != g)
                    {
                        seenBy[other] = g;
                        connected += count * groups[other].Count;
                    }
                }
            }
        }

        return connected / (methods * (methods - 1.0) / 2.0);
    }
}
