using System.Security.Cryptography;
using DebtRadar.History.Git;

namespace DebtRadar.History.Cache;

/// <summary>
/// Where the history cache lives and what it must match. Commits are immutable, so a cached record stays true
/// whatever HEAD does (rebase, reset, branch switch); only the author names depend on something else, the
/// work tree's <c>.mailmap</c>, whose hash is the fingerprint: a changed <c>.mailmap</c> rebuilds the cache.
/// </summary>
internal static class HistoryCache
{
    /// <summary>Commits kept at most; beyond it, those no longer reachable from HEAD are dropped first.</summary>
    public const int MaxCommits = 250_000;

    public static string Fingerprint(string repositoryRoot)
    {
        var mailmap = Path.Combine(repositoryRoot, ".mailmap");
        try
        {
            return File.Exists(mailmap) ? "mailmap " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(mailmap))) : "no mailmap";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "mailmap unreadable";
        }
    }

    /// <summary>What to write back: the commits read now, then the cached ones, reachable ones first, up to <see cref="MaxCommits"/>.</summary>
    public static IEnumerable<CommitRecord> Merge(Dictionary<string, CommitRecord> cached, IReadOnlyList<CommitRecord> read, IReadOnlyList<string> reachable)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reachableCached = reachable.Where(cached.ContainsKey).Select(sha => cached[sha]);
        var others = cached.Values;
        return read.Concat(reachableCached).Concat(others).Where(c => seen.Add(c.Sha)).Take(MaxCommits);
    }
}
