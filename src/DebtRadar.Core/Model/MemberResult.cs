namespace DebtRadar.Core.Model;

/// <summary>One measured member of a file.</summary>
/// <param name="Type">Namespace-qualified name of the containing type, nested types joined with <c>.</c>.</param>
/// <param name="Name">Name with parameter types, e.g. <c>Parse(string, int)</c>; accessors as <c>Name.get</c>.</param>
/// <param name="Kind">What sort of member it is.</param>
/// <param name="Line">1-based line of the member's name identifier (the accessor keyword for accessors).</param>
/// <param name="StartLine">1-based first line of the declaration span (attributes excluded).</param>
/// <param name="EndLine">1-based last line of the declaration span.</param>
/// <param name="Metrics">The measurements.</param>
public sealed record MemberResult(
    string Type,
    string Name,
    MemberKind Kind,
    int Line,
    int StartLine,
    int EndLine,
    MemberMetrics Metrics);
