using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Cli.Storage;
using DebtRadar.History;
using DebtRadar.History.Model;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Proposal;

/// <summary>The git history that stands behind one snapshot, or why there is none.</summary>
/// <param name="History">Churn, authors and change sets (renames followed).</param>
/// <param name="Commits">Messages and per-path lines of the same window.</param>
/// <param name="Reason">Why there is no history, or null.</param>
/// <param name="Members">Churn attributed to members over the same window, or null.</param>
internal sealed record SnapshotHistory(HistoryResult History, ImmutableArray<CommitEntry> Commits, string? Reason, MemberHistoryResult? Members = null)
{
    /// <summary>Length of the window in years (0 without history).</summary>
    public double Years => History.Since is { } since && History.Until is { } until && until > since ? (until - since).TotalDays / 365.25 : 0;

    public bool Available => Reason is null;

    /// <summary>
    /// Reads the window that ends at the snapshot's commit. When that commit is the work tree's HEAD the
    /// window is exactly the one <c>scan</c> and <c>hotspots</c> use; for an older snapshot it is bounded by
    /// whole days (git's window bounds are dates), so a commit on the same day may be counted.
    /// </summary>
    public static async Task<SnapshotHistory> ReadAsync(SnapshotInfo snapshot, WhenExpression? since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var root = snapshot.RepositoryRoot;
        if (!Directory.Exists(root))
        {
            return None($"the scanned folder {root} no longer exists, so its git history cannot be read");
        }

        if (snapshot.Metadata.Commit is null)
        {
            return None("the snapshot was not taken in a git repository (it records no commit)");
        }

        var head = GitState.Read(root);
        HistoryRequest request;
        if (head.Commit == snapshot.Metadata.Commit)
        {
            request = new HistoryRequest(root, since);
        }
        else
        {
            var until = snapshot.Metadata.Timestamp;
            var start = (since ?? WhenExpression.TwelveMonths).Resolve(until, isEnd: false);
            request = new HistoryRequest(root, Date(start), Date(until));
        }

        var history = await GitLogReader.WithRepositoryCache().ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (history.Head is null || history.Since is not { } from || history.Until is not { } to)
        {
            var why = history.Diagnostics.FirstOrDefault()?.Message ?? "no commit could be read";
            return new SnapshotHistory(history, [], $"no git history could be read: {why}");
        }

        if (history.ChangeSets.IsEmpty)
        {
            return new SnapshotHistory(history, [], string.Create(CultureInfo.InvariantCulture, $"no commit between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} (widen the window with --since)"));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var members = await new MemberHistoryReader().ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return new SnapshotHistory(history, CommitLog.Read(root, from, to), null, members.Head is null ? null : members);
    }

    private static SnapshotHistory None(string reason) =>
        new(HistoryResult.Empty(null, null, []), [], reason);

    private static WhenExpression Date(DateTimeOffset instant)
    {
        var parsed = WhenExpression.TryParse(instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var value, out _);
        return parsed ? value! : throw new InvalidOperationException("A formatted date must parse.");
    }
}
