using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>A type metric above the rule's <c>threshold</c>, for types with at least <c>minMembers</c> members.</summary>
internal abstract class TypeThreshold(string ruleId, string metricName, Func<TypeResult, double> metric) : ITypeDetector
{
    public string RuleId => ruleId;

    public IEnumerable<Hit> Detect(TypeResult type, IReadOnlyList<TypeFragment> fragments, ActiveRule rule)
    {
        var threshold = rule.Parameter("threshold", 0);
        var value = metric(type);
        if (type.Members >= rule.Parameter("minMembers", 0) && value > threshold && type.Kind is not (TypeKind.Interface or TypeKind.Enum or TypeKind.Delegate))
        {
            yield return new Hit($"{metricName} of {type.Name} is {value} (above {threshold})", value - threshold);
        }
    }
}

internal sealed class DR1101TypeCoupling() : TypeThreshold("DR1101", "Class coupling", t => t.Coupling);

internal sealed class DR1102TypeInheritanceDepth() : TypeThreshold("DR1102", "Depth of inheritance", t => t.DepthOfInheritance);

internal sealed class DR1103TypeLcom4() : TypeThreshold("DR1103", "LCOM4 (unconnected method groups)", t => t.Lcom4);

internal sealed class DR1104TypeWmc() : TypeThreshold("DR1104", "Weighted methods per class", t => t.Wmc);
