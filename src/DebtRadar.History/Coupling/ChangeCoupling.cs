using System.Collections.Immutable;
using DebtRadar.History.Model;

namespace DebtRadar.History.Coupling;

/// <summary>
/// code-maat's logical coupling (<c>analysis/coupling_algos.clj</c>, <c>logical_coupling.clj</c>): change sets
/// larger than the bulk threshold are dropped first; revisions are then counted over the remaining change sets;
/// degree = shared / mean(revisions) × 100. Integer arithmetic keeps the thresholds exact where code-maat
/// uses Clojure ratios.
/// </summary>
public static class ChangeCoupling
{
    /// <summary>Pairs that pass the thresholds, strongest first (degree, then mean revisions, then names).</summary>
    public static ImmutableArray<CouplingPair> Compute(
        IEnumerable<ChangeSet> changeSets,
        int bulkChangeThreshold,
        CouplingOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changeSets);
        ArgumentNullException.ThrowIfNull(options);
        var revisions = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new Dictionary<(string, string), int>();
        foreach (var set in changeSets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (set.Files.Length > bulkChangeThreshold)
            {
                continue;
            }

            var files = set.Files.Sort(StringComparer.Ordinal);
            for (var i = 0; i < files.Length; i++)
            {
                revisions[files[i]] = revisions.GetValueOrDefault(files[i]) + 1;
                for (var j = i + 1; j < files.Length; j++)
                {
                    var key = (files[i], files[j]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        var pairs = new List<CouplingPair>();
        foreach (var ((a, b), count) in shared)
        {
            var sum = revisions[a] + revisions[b];
            var degree = 200 * count / sum;
            if (sum >= 2 * options.MinRevisions
                && count >= options.MinSharedRevisions
                && 200L * count >= (long)options.MinDegree * sum
                && degree <= options.MaxDegree)
            {
                pairs.Add(new CouplingPair(a, b, degree, count, revisions[a], revisions[b]));
            }
        }

        return
        [
            .. pairs
                .OrderByDescending(p => p.Degree)
                .ThenByDescending(p => p.AverageRevisions)
                .ThenBy(p => p.File, StringComparer.Ordinal)
                .ThenBy(p => p.Coupled, StringComparer.Ordinal),
        ];
    }
}
