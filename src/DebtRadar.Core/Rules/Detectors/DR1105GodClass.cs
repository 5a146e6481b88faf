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

        var wmcLimit = rule.Parameter("wmc", 47);
        var tcc = TightClassCohesion(fragments);
        if (type.Wmc >= wmcLimit && tcc < rule.Parameter("tcc", 1.0 / 3) && type.Coupling > rule.Parameter("foreignData", 5))
        {
            yield return new Hit(
                FormattableString.Invariant($"{type.Name} is a god class: WMC {type.Wmc}, TCC {tcc:0.00}, coupling {type.Coupling}"),
                type.Wmc - wmcLimit);
        }
    }

    /// <summary>Share of method pairs that use at least one field in common; 1 for fewer than two methods.</summary>
    internal static double TightClassCohesion(IReadOnlyList<TypeFragment> fragments)
    {
        var methods = fragments.SelectMany(f => f.Cohesion).Select(c => c.Fields.ToHashSet(StringComparer.Ordinal)).ToList();
        if (methods.Count < 2)
        {
            return 1;
        }

        var connected = 0;
        for (var i = 0; i < methods.Count; i++)
        {
            for (var j = i + 1; j < methods.Count; j++)
            {
                if (methods[i].Overlaps(methods[j]))
                {
                    connected++;
                }
            }
        }

        return connected / (methods.Count * (methods.Count - 1) / 2.0);
    }
}
