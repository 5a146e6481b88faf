using DebtRadar.Core.Debt;
using DebtRadar.History;
using DebtRadar.History.Model;

namespace DebtRadar.Cli.Scanning;

/// <summary>How often each file changed in the default history window, for the interest estimate.</summary>
internal static class ChangeFrequencies
{
    /// <summary>
    /// Changes per file over the 12 months before the analysed commit, or null when there is no
    /// readable history (no git, not a repository, an empty history): interest then uses the priors.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, ChangeFrequency>?> ReadAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var history = await new GitLogReader().ReadAsync(new HistoryRequest(repositoryRoot), cancellationToken).ConfigureAwait(false);
        if (history.Files.IsEmpty || history.Since is not { } since || history.Until is not { } until || until <= since)
        {
            return null;
        }

        var years = (until - since).TotalDays / 365.25;
        return history.Files.ToDictionary(f => f.Path, f => new ChangeFrequency(f.Revisions, years), StringComparer.Ordinal);
    }
}
