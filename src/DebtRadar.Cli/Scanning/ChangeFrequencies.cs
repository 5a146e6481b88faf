using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.History;
using DebtRadar.History.Hotspots;
using DebtRadar.History.Model;

namespace DebtRadar.Cli.Scanning;

/// <summary>What a scan takes from git history: change frequency for interest, churn and hotspot scores for the snapshot.</summary>
internal static class ChangeFrequencies
{
    /// <summary>The default window (12 months before the analysed commit); an empty result where there is no readable history.</summary>
    /// <param name="repositoryRoot">The scanned repository.</param>
    /// <param name="writeCache">False for <c>--no-db</c>: the scan writes nothing into the repository, not even the history cache.</param>
    /// <param name="cancellationToken">Stops the git processes.</param>
    public static Task<HistoryResult> ReadAsync(string repositoryRoot, bool writeCache, CancellationToken cancellationToken) =>
        (writeCache ? GitLogReader.WithRepositoryCache() : new GitLogReader()).ReadAsync(new HistoryRequest(repositoryRoot), cancellationToken);

    /// <summary>Changes per file and year, or null without history (interest then uses the priors).</summary>
    public static IReadOnlyDictionary<string, ChangeFrequency>? PerFile(HistoryResult history)
    {
        if (history.Files.IsEmpty || history.Since is not { } since || history.Until is not { } until || until <= since)
        {
            return null;
        }

        var years = (until - since).TotalDays / 365.25;
        return history.Files.ToDictionary(f => f.Path, f => new ChangeFrequency(f.Revisions, years), StringComparer.Ordinal);
    }

    /// <summary>Churn of every scanned file that changed in the window, with its hotspot score.</summary>
    public static ScanResult WithChurn(ScanResult scan, HistoryResult history)
    {
        if (history.Files.IsEmpty)
        {
            return scan;
        }

        var files = scan.Projects.SelectMany(p => p.Files).ToList();
        var scores = HotspotRanking.Files(files, history.Files).ToDictionary(h => h.File, h => h.Score, StringComparer.Ordinal);
        var scanned = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return scan with
        {
            Churn = [.. history.Files
                .Where(f => scanned.Contains(f.Path))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .Select(f => new FileChurn(f.Path, f.Revisions, f.Added, f.Deleted, f.Authors, f.MainAuthorShare, scores.GetValueOrDefault(f.Path)))],
        };
    }
}
