using System.Collections.Immutable;

namespace DebtRadar.Core.Debt;

/// <summary>What a level of the code is (for <see cref="DebtItem.Level"/>).</summary>
public enum DebtLevel
{
    /// <summary>A member.</summary>
    Member,
    /// <summary>A type.</summary>
    Type,
    /// <summary>A file.</summary>
    File,
    /// <summary>A project.</summary>
    Project,
    /// <summary>The whole scan.</summary>
    Solution,
}

/// <summary>A low–high range with where its coefficients come from: no bare number is evidence.</summary>
/// <param name="Low">Low end.</param>
/// <param name="High">High end.</param>
/// <param name="Sources">Each coefficient and its source, e.g. "penalty +124 %…+800 %: Tornhill &amp; Borg 2022".</param>
public sealed record Range(double Low, double High, ImmutableArray<string> Sources);

/// <summary>The debt of one member, type, file, project or the whole scan.</summary>
/// <param name="Level">What it is.</param>
/// <param name="Name">Member (<c>Type.Member(…)</c>), type, file path, project name, or the scan target.</param>
/// <param name="Path">The file it lives in (empty above file level).</param>
/// <param name="Findings">Findings counted.</param>
/// <param name="RemediationMinutes">Sum of the findings' remediation.</param>
/// <param name="LinesOfCode">Lines of code it holds (members and types: source lines).</param>
/// <param name="Ratio">Remediation / (cost per line × LOC); 0 for no line.</param>
/// <param name="Rating">A–E from the ratio.</param>
public sealed record DebtItem(
    DebtLevel Level,
    string Name,
    string Path,
    int Findings,
    double RemediationMinutes,
    int LinesOfCode,
    double Ratio,
    DebtRating Rating)
{
    /// <summary>Minutes lost per year if left as is (files and above), or null.</summary>
    public Range? InterestMinutesPerYear { get; init; }

    /// <summary>Years until fixing pays back (debt / interest): low from high interest and vice versa; null when there is no interest.</summary>
    public Range? BreakingPointYears { get; init; }
}

/// <summary>Debt at every level of a scan.</summary>
/// <param name="Solution">The whole scan.</param>
/// <param name="Projects">Per project.</param>
/// <param name="Files">Per file with at least one finding.</param>
/// <param name="Types">Per type with at least one finding.</param>
/// <param name="Members">Per member with at least one finding.</param>
public sealed record DebtReport(
    DebtItem Solution,
    ImmutableArray<DebtItem> Projects,
    ImmutableArray<DebtItem> Files,
    ImmutableArray<DebtItem> Types,
    ImmutableArray<DebtItem> Members);

/// <summary>How often a file changed, from version control.</summary>
/// <param name="Changes">Commits that touched it in the window.</param>
/// <param name="Years">Length of the window in years (more than 0).</param>
public sealed record ChangeFrequency(int Changes, double Years)
{
    /// <summary>Changes per year.</summary>
    public double PerYear => Years <= 0 ? 0 : Changes / Years;
}
