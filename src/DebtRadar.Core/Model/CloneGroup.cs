using System.Collections.Immutable;

namespace DebtRadar.Core.Model;

/// <summary>One place of a clone group.</summary>
/// <param name="Path">Repository-relative file path.</param>
/// <param name="StartLine">1-based first line of the copy.</param>
/// <param name="EndLine">1-based last line of the copy.</param>
public sealed record ClonePlace(string Path, int StartLine, int EndLine);

/// <summary>
/// Code that occurs in two or more places, token for token once identifiers and literals are
/// replaced by placeholders (exact copies and copies with renamed names or changed values).
/// </summary>
/// <param name="Places">Every place of the group, ordered by path and line.</param>
/// <param name="Tokens">Length of the copied code in tokens.</param>
/// <param name="Hash">Hex hash of the normalised token sequence: the group's identity across scans.</param>
public sealed record CloneGroup(ImmutableArray<ClonePlace> Places, int Tokens, string Hash)
{
    /// <summary>Lines of the first place (places of a group may differ in layout).</summary>
    public int Lines => Places.IsDefaultOrEmpty ? 0 : Places[0].EndLine - Places[0].StartLine + 1;
}

/// <summary>What a coverage import joined, recorded with the snapshot.</summary>
/// <param name="Reports">The coverage reports read (as named by the user) and their formats, e.g. <c>coverage.cobertura.xml (cobertura)</c>.</param>
/// <param name="FilesInReports">Distinct source files the reports describe.</param>
/// <param name="FilesJoined">Scanned files that matched a file of the reports.</param>
/// <param name="LineCoverage">Covered / coverable lines over the joined files, 0–1; null when nothing joined.</param>
public sealed record CoverageSummary(ImmutableArray<string> Reports, int FilesInReports, int FilesJoined, double? LineCoverage);
