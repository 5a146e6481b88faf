using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// Use of an API marked <c>[Obsolete]</c> (what the compiler reports as CS0618), read from the
/// member's bound operations so nothing is bound twice. As in the compiler, use inside an
/// obsolete member or type is not reported. Needs binding: skipped in syntax-only mode.
/// </summary>
internal sealed class DR5004ObsoleteApi : IMemberDetector
{
    public string RuleId => "DR5004";

    public IReadOnlyList<string> EquivalentIds => ["CS0618"];

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        if (member.Symbol is { } symbol && (IsObsolete(symbol) || IsObsolete(symbol.AssociatedSymbol) || InObsoleteType(symbol)))
        {
            yield break;
        }

        foreach (var operation in MemberCode.Operations(member))
        {
            ISymbol? used = operation switch
            {
                IInvocationOperation i => i.TargetMethod.ReducedFrom ?? i.TargetMethod.OriginalDefinition,
                IObjectCreationOperation { Constructor: { } c } => IsObsolete(c.ContainingType) ? c.ContainingType : c,
                IPropertyReferenceOperation p => p.Property.OriginalDefinition,
                IFieldReferenceOperation f => f.Field.OriginalDefinition,
                IEventReferenceOperation e => e.Event.OriginalDefinition,
                _ => null,
            };
            if (IsObsolete(used))
            {
                yield return Hit.At(operation.Syntax, $"'{used!.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}' is obsolete: {ObsoleteMessage(used)}");
            }
        }
    }

    private static bool InObsoleteType(ISymbol symbol)
    {
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (IsObsolete(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsObsolete(ISymbol? symbol) => symbol is not null && Attribute(symbol) is not null;

    private static AttributeData? Attribute(ISymbol symbol) =>
        symbol.GetAttributes().FirstOrDefault(a => MemberCode.Is(a.AttributeClass, "System", "ObsoleteAttribute"));

    private static string ObsoleteMessage(ISymbol symbol) =>
        Attribute(symbol)?.ConstructorArguments.FirstOrDefault().Value as string ?? "move to its replacement";
}
