using System.Buffers;
using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics;

/// <summary><c>lcom.hs</c> and <c>lcom4</c>, and the per-member facts they are computed from.</summary>
/// <remarks>
/// Fields: instance fields, instance field-like events and the backing stores of instance
/// auto-properties (by property name), plus the parameters of a class's or struct's primary
/// constructor, which are its state; constants and statics are not. Members: every measured
/// member of the type (methods, constructors, finalizers, operators, accessors), as NDepend counts
/// M for LCOM-HS. LCOM4 (Hitz &amp; Montazeri) links two members that use a common field or when one
/// calls the other. An auto-accessor (<c>get;</c>) and an accessor using <c>field</c> use their
/// property's backing store. Calls are recorded by simple name (overloads and the accessors of a property are
/// one target), which is all syntax-only mode can know.
/// </remarks>
internal static class Cohesion
{
    public static ImmutableArray<string> InstanceFields(SyntaxNode typeDeclaration, INamedTypeSymbol? symbol) =>
        CohesionFields.Declared(typeDeclaration, symbol);

    /// <summary>
    /// A member's cohesion facts; <paramref name="scopes"/> shares each type's fields and siblings
    /// between its members; <paramref name="walked"/> is what the member's <see cref="MemberSyntaxWalk"/>
    /// collected in syntax-only mode, when it did.
    /// </summary>
    public static CohesionEntry Extract(MemberContext member, string memberName, INamedTypeSymbol? containingType, CohesionScopes? scopes = null, CohesionUses.Collector? walked = null) =>
        CohesionUses.Extract(member, memberName, containingType, scopes ?? new CohesionScopes(), walked);

    /// <summary>
    /// Henderson-Sellers: (M − ΣMF/F) / (M − 1), M members, F fields, MF members using a field.
    /// Null when undefined: fewer than two members or no field.
    /// </summary>
    public static double? LcomHs(IReadOnlyCollection<string> fields, IReadOnlyCollection<CohesionEntry> members)
    {
        var m = members.Count;
        var f = fields.Count;
        if (m < 2 || f == 0)
        {
            return null;
        }

        var fieldSet = fields.ToHashSet(StringComparer.Ordinal);
        var sumMf = members.Sum(e => e.Fields.Distinct(StringComparer.Ordinal).Count(fieldSet.Contains));
        return (m - ((double)sumMf / f)) / (m - 1);
    }

    /// <summary>Connected components of the member graph (shared field or call); 0 for no member.</summary>
    public static int Lcom4(IReadOnlyCollection<string> fields, IReadOnlyCollection<CohesionEntry> members)
    {
        var list = members.ToList();
        var parent = Enumerable.Range(0, list.Count).ToArray();
        var fieldSet = fields.ToHashSet(StringComparer.Ordinal);
        var firstUser = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var key in new[] { list[i].Member, SimpleName(list[i].Member) }.Distinct(StringComparer.Ordinal))
            {
                if (!byName.TryGetValue(key, out var indexes))
                {
                    byName[key] = indexes = [];
                }

                indexes.Add(i);
            }
        }

        for (var i = 0; i < list.Count; i++)
        {
            foreach (var field in list[i].Fields.Where(fieldSet.Contains))
            {
                if (firstUser.TryGetValue(field, out var other))
                {
                    Union(parent, i, other);
                }
                else
                {
                    firstUser[field] = i;
                }
            }

            foreach (var call in list[i].Calls)
            {
                foreach (var callee in byName.GetValueOrDefault(call) ?? [])
                {
                    Union(parent, i, callee);
                }
            }
        }

        return Enumerable.Range(0, list.Count).Select(i => Find(parent, i)).Distinct().Count();
    }

    private static readonly SearchValues<char> NameEnds = SearchValues.Create("(<[");

    /// <summary><c>Parse(string, int)</c> → <c>Parse</c>; <c>Name.get</c> → <c>Name</c>.</summary>
    internal static string SimpleName(string member)
    {
        var end = member.AsSpan().IndexOfAny(NameEnds);
        var name = end < 0 ? member : member[..end];
        var dot = name.LastIndexOf('.');
        return dot > 0 && name[(dot + 1)..] is "get" or "set" or "init" or "add" or "remove" ? name[..dot] : name;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
