using System.Collections.Immutable;

namespace DebtRadar.Core.Model;

/// <summary>
/// Everything measured in one source file. Immutable and self-contained, so that it can be stored
/// by content hash and reused by any later scan that sees the same file with the same inputs.
/// </summary>
/// <param name="Path">Repository-relative path with <c>/</c> separators.</param>
/// <param name="ContentHash">Hex content hash of the file's text (Roslyn's <c>SourceText.GetContentHash</c>).</param>
/// <param name="Mode">How its semantic metrics were obtained.</param>
/// <param name="Lines">Physical lines in the file.</param>
/// <param name="SourceLines">Lines of the file without leading/trailing blank lines.</param>
/// <param name="Nloc">Lines with code (no blank or comment-only lines).</param>
/// <param name="Types">The type declarations in the file.</param>
/// <param name="Members">The members in the file, in source order.</param>
/// <param name="Diagnostics">Problems met measuring this file.</param>
public sealed record FileResult(
    string Path,
    string ContentHash,
    AnalysisMode Mode,
    int Lines,
    int SourceLines,
    int Nloc,
    ImmutableArray<TypeFragment> Types,
    ImmutableArray<MemberResult> Members,
    ImmutableArray<ScanDiagnostic> Diagnostics)
{
    /// <summary>What the rules found in this file (file- and member-scope rules; type- and project-scope findings live on the project).</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>Normalised tokens for the solution-wide clone pass (depends on the file's text alone).</summary>
    public TokenFingerprint Tokens { get; init; } = TokenFingerprint.Empty;

    /// <summary>Lines of this file that belong to a clone (set by the solution-wide pass; 0 before it).</summary>
    public int DuplicatedLines { get; init; }

    /// <summary>Code health 1–10 (10 best; docs/health.md), or null when not computed.</summary>
    public double? Health { get; init; }

    /// <summary>The factors that lowered <see cref="Health"/>, largest penalty first.</summary>
    public ImmutableArray<HealthFactor> HealthFactors { get; init; } = [];

    /// <summary>Duplicated lines / lines, 0–1.</summary>
    public double DuplicationDensity => Lines == 0 ? 0 : (double)DuplicatedLines / Lines;
}
