namespace DebtRadar.History.Model;

/// <summary>One ranked hotspot: where change frequency meets complexity.</summary>
/// <param name="Rank">1-based rank by score.</param>
/// <param name="File">Repository-relative path.</param>
/// <param name="Member">The member (<c>Type.Name</c>) at member level; null at file level.</param>
/// <param name="Revisions">Commits in the window that changed the file (member: touched the member's lines).</param>
/// <param name="Added">Lines added in the window.</param>
/// <param name="Deleted">Lines deleted in the window.</param>
/// <param name="Authors">Distinct authors in the window.</param>
/// <param name="MainAuthorShare">Share of added lines by the main author (0–1).</param>
/// <param name="Complexity">Cognitive complexity: the sum over the file's members, or the member's own.</param>
/// <param name="Cyclomatic">Cyclomatic complexity (<c>cc.ms</c>), summed the same way.</param>
/// <param name="Score">revisions / max revisions × complexity / max complexity, over the candidates ranked (0–1).</param>
/// <param name="WorstMember">At file level, the member with the highest cognitive complexity (<c>Type.Name</c>); null otherwise.</param>
public sealed record Hotspot(
    int Rank,
    string File,
    string? Member,
    int Revisions,
    int Added,
    int Deleted,
    int Authors,
    double MainAuthorShare,
    int Complexity,
    int Cyclomatic,
    double Score,
    string? WorstMember);
