using System.Collections.Immutable;

namespace DebtRadar.Core.Model;

/// <summary>A type referenced by another, with where it lives (for coupling and Martin's metrics).</summary>
/// <param name="Name">Fully qualified name, generic definitions once (<c>System.Collections.Generic.List`1</c>).</param>
/// <param name="Namespace">Its namespace (empty for the global namespace).</param>
/// <param name="Assembly">Name of the assembly that defines it.</param>
public sealed record TypeReference(string Name, string Namespace, string Assembly);

/// <summary>What one method of a type touches, for LCOM: the fields it uses and the sibling methods it calls.</summary>
/// <param name="Member">The member's name, as in <see cref="MemberResult.Name"/>.</param>
/// <param name="Fields">Instance fields (and auto-property backing stores) of the type it reads or writes.</param>
/// <param name="Calls">Members of the same type it calls, by <see cref="MemberResult.Name"/>.</param>
public sealed record CohesionEntry(string Member, ImmutableArray<string> Fields, ImmutableArray<string> Calls);

/// <summary>
/// The part of a type declared in one file: a whole type, or one declaration of a partial type.
/// Type-level metrics are aggregated over every fragment of a type, so each fragment stores
/// facts that combine (sets, sums), never finished ratios.
/// </summary>
/// <param name="Name">Namespace-qualified name, nested types joined with <c>.</c>.</param>
/// <param name="Namespace">The containing namespace (empty for the global namespace).</param>
/// <param name="Kind">What sort of type it is.</param>
/// <param name="Line">1-based line of the type's name identifier in this file.</param>
/// <param name="StartLine">1-based first line of this declaration.</param>
/// <param name="EndLine">1-based last line of this declaration.</param>
/// <param name="IsAbstract">An interface or an abstract class (Martin's abstractness).</param>
/// <param name="DepthOfInheritance"><c>dit</c>, base-type steps to <c>object</c>.</param>
/// <param name="CoupledTypes">Named types this fragment references, MS coupling rules applied.</param>
/// <param name="InitializerCyclomatic">cc of the type's own initializer code outside members.</param>
/// <param name="SourceLines"><c>loc.source</c> of this declaration.</param>
/// <param name="Fields">Instance fields declared in this fragment.</param>
/// <param name="Cohesion">Per method: fields used and sibling calls.</param>
public sealed record TypeFragment(
    string Name,
    string Namespace,
    TypeKind Kind,
    int Line,
    int StartLine,
    int EndLine,
    bool IsAbstract,
    int DepthOfInheritance,
    ImmutableArray<TypeReference> CoupledTypes,
    int InitializerCyclomatic,
    int SourceLines,
    ImmutableArray<string> Fields,
    ImmutableArray<CohesionEntry> Cohesion)
{
    /// <summary>
    /// The type's <c>mi.ms</c> exactly as Microsoft.CodeAnalysis.Metrics computes it, when this
    /// fragment is the type's only declaration (so it depends on this file alone); null for a
    /// partial type or in syntax-only mode, where the aggregate falls back to member averages.
    /// </summary>
    public int? MaintainabilityIndex { get; init; }
}
