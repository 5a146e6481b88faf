using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Reports.Proposal;

namespace DebtRadar.Cli.Proposal;

/// <summary>The target's trend over stored snapshots, and its place on the codebase's hotspot map.</summary>
internal static class TrendAndMapFigures
{
    /// <summary>
    /// One point per stored snapshot of the same target, up to the proposal's, summed over the target's
    /// files from the per-file totals each snapshot stores (the rows of <c>trend --by file</c>).
    /// </summary>
    public static TrendFigures Trend(ResolvedTarget target, ProposalContext context)
    {
        var files = target.Files.ToHashSet(StringComparer.Ordinal);
        var at = context.Snapshot.Info;
        var points = context.FileTrend
            .Where(r => files.Contains(r.Scope) && (r.Timestamp < at.Metadata.Timestamp || (r.Timestamp == at.Metadata.Timestamp && r.Snapshot <= at.Id)))
            .GroupBy(r => r.Snapshot)
            .Select(g => new TrendPoint(g.Key, g.First().Timestamp, g.First().Commit, g.Sum(r => r.Totals.CyclomaticTotal), g.Sum(r => r.Totals.CognitiveTotal), g.Sum(r => r.Totals.DebtMinutes ?? 0)))
            .OrderBy(p => p.Timestamp).ThenBy(p => p.Snapshot)
            .ToImmutableArray();
        var all = context.FileTrend.Select(r => r.Snapshot).Distinct().Count();
        string? explanation = points.Length switch
        {
            0 => "No stored snapshot holds these files, so there is no trend.",
            1 when all <= 1 => "Only one snapshot is stored, so there is no trend yet: run `debtradar scan` again after the next change, or `debtradar backfill --commits 30` to scan past commits.",
            1 => string.Create(CultureInfo.InvariantCulture, $"Only one of the {all} stored snapshots holds these files, so there is no trend yet (the files are new, or were renamed)."),
            _ => null,
        };
        return new TrendFigures(points, explanation);
    }

    public static HotspotMap Map(ResolvedTarget target, ProposalContext context)
    {
        if (!context.History.Available)
        {
            return new HotspotMap([], null, 0, "No map: " + context.History.Reason + ".");
        }

        var files = target.Files.ToHashSet(StringComparer.Ordinal);
        var points = context.Hotspots.Select(h => new MapPoint(h.File, h.Revisions, h.Complexity, files.Contains(h.File))).ToImmutableArray();
        var best = context.Hotspots.Where(h => files.Contains(h.File)).MinBy(h => h.Rank);
        if (points.IsEmpty)
        {
            return new HotspotMap([], null, 0, "No map: no scanned file changed in the history window.");
        }

        return new HotspotMap(points, best?.Rank, best?.Score ?? 0, best is null ? "The target did not change in the window, so it is not on the map." : null);
    }
}
