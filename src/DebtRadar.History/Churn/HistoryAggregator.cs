using System.Collections.Immutable;
using DebtRadar.History.Git;
using DebtRadar.History.Model;

namespace DebtRadar.History.Churn;

/// <summary>
/// Folds commits (newest first) into per-file history and change sets. Renames are applied even to commits
/// outside the window so that every change is booked under the file's name at the analysed commit.
/// </summary>
internal sealed class HistoryAggregator(long since, long until)
{
    private readonly RenameMap renames = new();
    private readonly Dictionary<string, ChurnAccumulator> files = new(StringComparer.Ordinal);
    private readonly List<ChangeSet> changeSets = [];

    public long? OldestSeen { get; private set; }

    public void Add(GitCommit commit)
    {
        OldestSeen = Math.Min(OldestSeen ?? long.MaxValue, commit.CommitTime);
        // Merges carry no changes of their own (--diff-merges=off): their parents' commits already counted them.
        if (commit.Parents > 1)
        {
            return;
        }

        var inWindow = commit.CommitTime >= since && commit.CommitTime <= until;
        var names = inWindow ? new List<string>(commit.Changes.Count) : null;
        foreach (var change in commit.Changes)
        {
            var name = change.OldPath is { } old ? renames.Renamed(old, change.Path) : renames.Resolve(change.Path);
            if (names is null)
            {
                continue;
            }

            if (!files.TryGetValue(name, out var file))
            {
                file = new ChurnAccumulator();
                files.Add(name, file);
            }

            file.Add(commit.Sha, commit.Author, commit.CommitTime, change.Added, change.Deleted);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        if (names is { Count: > 0 })
        {
            changeSets.Add(new ChangeSet(commit.Sha, commit.Author, DateTimeOffset.FromUnixTimeSeconds(commit.CommitTime), [.. names]));
        }
    }

    public ImmutableArray<ChangeSet> ChangeSets => [.. changeSets];

    public ImmutableArray<FileHistory> Files() =>
    [
        .. files
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f =>
            {
                var (main, share) = f.Value.MainAuthor();
                return new FileHistory(
                    f.Key,
                    f.Value.Revisions,
                    f.Value.Added,
                    f.Value.Deleted,
                    f.Value.AuthorCount,
                    main,
                    share,
                    f.Value.Fragmentation(),
                    DateTimeOffset.FromUnixTimeSeconds(f.Value.FirstTime),
                    DateTimeOffset.FromUnixTimeSeconds(f.Value.LastTime));
            }),
    ];
}
