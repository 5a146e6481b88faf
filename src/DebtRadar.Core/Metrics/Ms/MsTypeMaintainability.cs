using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>
/// A type's MI exactly as MS's <c>NamedTypeMetricData</c> computes it: over the type's own code and
/// its children (methods; properties and events with their accessors; fields that pass MS's
/// simple-field filter), with the Halstead sets of all of them united, averaged per child.
/// </summary>
internal static class MsTypeMaintainability
{
    private sealed record Child(bool IsField, int Mi, int Cc, MsHalstead Halstead);

    public static int Compute(INamedTypeSymbol type, SemanticModel model, CancellationToken ct)
    {
        var own = Walk(type, model, ct);
        var halstead = MsHalstead.Over(own.Blocks);
        var cc = MsWalk.Cyclomatic(own);

        var children = new List<Child>();
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || member.Kind == SymbolKind.NamedType || member is IMethodSymbol { AssociatedSymbol: not null })
            {
                continue;
            }

            var child = member switch
            {
                IMethodSymbol method => Method(method, model, ct),
                IPropertySymbol property => WithAccessors(property, [property.GetMethod, property.SetMethod], model, ct),
                IEventSymbol @event => WithAccessors(@event, [@event.AddMethod, @event.RemoveMethod, @event.RaiseMethod], model, ct),
                IFieldSymbol field => Field(field, model, ct),
                _ => null,
            };
            if (child is not null)
            {
                children.Add(child);
            }
        }

        var counted = new HashSet<Child>(ReferenceEqualityComparer.Instance);
        var threshold = 99;
        foreach (var field in children.Where(c => c.IsField).OrderBy(c => c.Mi))
        {
            if (field.Mi > threshold)
            {
                break;
            }

            counted.Add(field);
            threshold -= 4;
        }

        var effective = 0;
        var single = -1;
        foreach (var child in children)
        {
            if (child.IsField && !counted.Contains(child))
            {
                continue;
            }

            single = effective == 0 && halstead.IsDefault ? child.Mi : -1;
            effective++;
            cc += child.Cc;
            halstead.Add(child.Halstead);
        }

        if (cc == 0 && !type.IsStatic)
        {
            cc = 1;
        }

        if (single != -1)
        {
            return single;
        }

        var volume = 1.0;
        var lines = 0.0;
        var averageCc = 0.0;
        if (effective > 0)
        {
            volume = halstead.Volume / effective;
            lines = (double)halstead.EffectiveLines / effective;
            averageCc = (double)cc / effective;
        }

        return Normalize(171 - (5.2 * Math.Max(0.0, Math.Log(volume))) - (0.23 * averageCc) - (16.2 * Math.Max(0.0, Math.Log(lines))));
    }

    private static MsWalkResult Walk(ISymbol symbol, SemanticModel model, CancellationToken ct) =>
        MsWalk.Run(symbol, [.. symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax(ct))], model, collectHeaderTypes: false, ct);

    private static Child Method(IMethodSymbol method, SemanticModel model, CancellationToken ct)
    {
        var walk = Walk(method, model, ct);
        var halstead = MsHalstead.Over(walk.Blocks);
        var cc = MsWalk.Cyclomatic(walk);
        return new Child(false, MaintainabilityIndex.Compute(halstead.Volume, cc, (int)halstead.EffectiveLines), Math.Max(1, cc), halstead);
    }

    private static Child Field(IFieldSymbol field, SemanticModel model, CancellationToken ct)
    {
        var walk = Walk(field, model, ct);
        var halstead = MsHalstead.Over(walk.Blocks);
        var cc = MsWalk.Cyclomatic(walk);
        return new Child(true, MaintainabilityIndex.Compute(halstead.Volume, cc, (int)halstead.EffectiveLines), cc, halstead);
    }

    private static Child WithAccessors(ISymbol owner, IMethodSymbol?[] accessors, SemanticModel model, CancellationToken ct)
    {
        var walk = Walk(owner, model, ct);
        var halstead = MsHalstead.Over(walk.Blocks);
        var cc = MsWalk.Cyclomatic(walk);
        var miTotal = 0;
        var count = 0;
        foreach (var accessor in accessors)
        {
            if (accessor is null || accessor.IsImplicitlyDeclared)
            {
                continue;
            }

            var child = Method(accessor, model, ct);
            miTotal += child.Mi;
            count++;
            cc += child.Cc;
            halstead.Add(child.Halstead);
        }

        return new Child(false, count == 0 ? 100 : (int)Math.Round((double)miTotal / count), cc, halstead);
    }

    private static int Normalize(double raw) => (int)Math.Round(Math.Max(0.0, raw) / 171.0 * 100.0);
}
