using System.Collections.Immutable;

namespace DebtRadar.Core.Coverage;

/// <summary>What a coverage report says about one line.</summary>
/// <param name="Hits">Times the line ran (0: coverable, not covered).</param>
/// <param name="BranchesCovered">Branch outcomes taken on this line.</param>
/// <param name="Branches">Branch outcomes on this line (0: no branch).</param>
public readonly record struct LineCoverage(int Hits, int BranchesCovered, int Branches)
{
    /// <summary>Two reports (or two classes of one report) about the same line: hits add, branches take the larger count.</summary>
    public LineCoverage Merge(LineCoverage other) => new(
        (int)Math.Min(int.MaxValue, (long)Hits + other.Hits),
        Math.Max(BranchesCovered, other.BranchesCovered),
        Math.Max(Branches, other.Branches));
}

/// <summary>One source file of a coverage report.</summary>
/// <param name="Candidates">
/// Paths the report gives for the file, <c>/</c>-separated, most specific first (Cobertura: each
/// <c>&lt;source&gt;</c> joined with the relative file name, then the file name alone).
/// </param>
/// <param name="Lines">Coverable lines by 1-based line number.</param>
public sealed record CoverageFile(ImmutableArray<string> Candidates, ImmutableDictionary<int, LineCoverage> Lines);

/// <summary>A parsed coverage report (or several merged): coverable lines per source file.</summary>
/// <param name="Files">Its files.</param>
public sealed record CoverageReport(ImmutableArray<CoverageFile> Files)
{
    /// <summary>Reports read one by one, as one: the same path twice merges its lines.</summary>
    public static CoverageReport Merge(IEnumerable<CoverageReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var byPath = new Dictionary<string, (ImmutableArray<string> Candidates, Dictionary<int, LineCoverage> Lines)>(StringComparer.Ordinal);
        foreach (var file in reports.SelectMany(r => r.Files))
        {
            var key = file.Candidates[0];
            if (!byPath.TryGetValue(key, out var entry))
            {
                entry = (file.Candidates, new Dictionary<int, LineCoverage>());
                byPath[key] = entry;
            }

            foreach (var (line, coverage) in file.Lines)
            {
                entry.Lines[line] = entry.Lines.TryGetValue(line, out var seen) ? seen.Merge(coverage) : coverage;
            }
        }

        return new CoverageReport([.. byPath.Values.Select(v => new CoverageFile(v.Candidates, v.Lines.ToImmutableDictionary()))]);
    }
}

/// <summary>The result of reading one report: the report, or why it could not be read (expected failures are data).</summary>
/// <param name="Report">The report; empty when <paramref name="Error"/> is set.</param>
/// <param name="Format"><c>cobertura</c> or <c>opencover</c>; null when unrecognised.</param>
/// <param name="Error">Why it could not be read, or null.</param>
public sealed record CoverageReadResult(CoverageReport Report, string? Format, string? Error);
