using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.History.Model;

namespace DebtRadar.History.Hotspots;

/// <summary>
/// Ranks hotspots as Tornhill does: each factor is normalised by its maximum over the candidates (measured
/// code that changed in the window), and the score is their product. Ties fall to more revisions, then
/// higher complexity, then path order, so the ranking is stable.
/// </summary>
public static class HotspotRanking
{
    /// <summary>File-level hotspots: scanned files with history in the window.</summary>
    public static ImmutableArray<Hotspot> Files(IEnumerable<FileResult> scanned, IEnumerable<FileHistory> history, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(scanned);
        ArgumentNullException.ThrowIfNull(history);
        var byPath = history.ToDictionary(h => h.Path, StringComparer.Ordinal);
        var candidates = scanned
            .Where(f => byPath.TryGetValue(f.Path, out var h) && h.Revisions > 0)
            .Select(f => (File: f, History: byPath[f.Path], Cognitive: f.Members.Sum(m => m.Metrics.Cognitive), Cyclomatic: f.Members.Sum(m => m.Metrics.Cyclomatic)))
            .ToList();
        var maxRevisions = candidates.Select(c => c.History.Revisions).DefaultIfEmpty().Max();
        var maxComplexity = candidates.Select(c => c.Cognitive).DefaultIfEmpty().Max();
        var rows = candidates.Select(c => new Hotspot(
            0,
            c.File.Path,
            null,
            c.History.Revisions,
            c.History.Added,
            c.History.Deleted,
            c.History.Authors,
            c.History.MainAuthorShare,
            c.Cognitive,
            c.Cyclomatic,
            Score(c.History.Revisions, maxRevisions, c.Cognitive, maxComplexity),
            Worst(c.File)));
        return Rank(rows, top);
    }

    /// <summary>Member-level hotspots: scanned members with attributed churn in the window.</summary>
    public static ImmutableArray<Hotspot> Members(IEnumerable<FileResult> scanned, IEnumerable<MemberHistory> history, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(scanned);
        ArgumentNullException.ThrowIfNull(history);
        var byKey = history.ToDictionary(h => (h.File, h.Type, h.Name));
        var candidates = scanned
            .SelectMany(f => f.Members.Select(m => (File: f.Path, Member: m)))
            .Where(c => byKey.TryGetValue((c.File, c.Member.Type, c.Member.Name), out var h) && h.Revisions > 0)
            .Select(c => (c.File, c.Member, History: byKey[(c.File, c.Member.Type, c.Member.Name)]))
            .ToList();
        var maxRevisions = candidates.Select(c => c.History.Revisions).DefaultIfEmpty().Max();
        var maxComplexity = candidates.Select(c => c.Member.Metrics.Cognitive).DefaultIfEmpty().Max();
        var rows = candidates.Select(c => new Hotspot(
            0,
            c.File,
            c.Member.Type + "." + c.Member.Name,
            c.History.Revisions,
            c.History.Added,
            c.History.Deleted,
            c.History.Authors,
            c.History.MainAuthorShare,
            c.Member.Metrics.Cognitive,
            c.Member.Metrics.Cyclomatic,
            Score(c.History.Revisions, maxRevisions, c.Member.Metrics.Cognitive, maxComplexity),
            null));
        return Rank(rows, top);
    }

    private static double Score(int revisions, int maxRevisions, int complexity, int maxComplexity) =>
        maxRevisions == 0 || maxComplexity == 0 ? 0 : (double)revisions / maxRevisions * complexity / maxComplexity;

    private static string? Worst(FileResult file) =>
        file.Members
            .OrderByDescending(m => m.Metrics.Cognitive)
            .ThenByDescending(m => m.Metrics.Cyclomatic)
            .ThenBy(m => m.StartLine)
            .Select(m => m.Type + "." + m.Name)
            .FirstOrDefault();

    private static ImmutableArray<Hotspot> Rank(IEnumerable<Hotspot> rows, int? top) =>
    [
        .. rows
            .OrderByDescending(h => h.Score)
            .ThenByDescending(h => h.Revisions)
            .ThenByDescending(h => h.Complexity)
            .ThenBy(h => h.File, StringComparer.Ordinal)
            .ThenBy(h => h.Member, StringComparer.Ordinal)
            .Take(top ?? int.MaxValue)
            .Select((h, i) => h with { Rank = i + 1 }),
    ];
}
