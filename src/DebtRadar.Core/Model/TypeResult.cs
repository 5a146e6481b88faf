namespace DebtRadar.Core.Model;

/// <summary>A type's metrics, aggregated over all of its fragments (a partial type is one row).</summary>
/// <param name="Project">The project that declares it.</param>
/// <param name="File">Repository-relative path of its first declaration.</param>
/// <param name="Line">Line of the name identifier in that declaration.</param>
/// <param name="Name">Namespace-qualified name, nested types joined with <c>.</c>.</param>
/// <param name="Kind">What sort of type it is.</param>
/// <param name="Members">Number of measured members.</param>
/// <param name="Wmc"><c>wmc</c>: sum of member cc.</param>
/// <param name="Cyclomatic">Type cc: own initializer code + sum of members.</param>
/// <param name="Coupling"><c>coupling.ms</c> of the type.</param>
/// <param name="DepthOfInheritance"><c>dit</c>.</param>
/// <param name="LcomHs"><c>lcom.hs</c> (Henderson-Sellers), null when undefined (fewer than two methods or no field).</param>
/// <param name="Lcom4"><c>lcom4</c>: connected components of the method graph.</param>
/// <param name="MaintainabilityIndex">Type <c>mi.ms</c>.</param>
/// <param name="SourceLines"><c>loc.source</c> summed over declarations.</param>
public sealed record TypeResult(
    string Project,
    string File,
    int Line,
    string Name,
    TypeKind Kind,
    int Members,
    int Wmc,
    int Cyclomatic,
    int Coupling,
    int DepthOfInheritance,
    double? LcomHs,
    int Lcom4,
    int MaintainabilityIndex,
    int SourceLines);
