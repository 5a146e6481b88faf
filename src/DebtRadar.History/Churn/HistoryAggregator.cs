using System.Collections.Immutable;
using DebtRadar.History.Git;
using DebtRadar.History.Model;

namespace DebtRadar.History.Churn;

/// <summary>
/// Folds commits (newest first) into per-file history of the C# files and change sets of all files. Renames
/// are applied even to commits outside the window so that every change is booked under the file's name at the
/// analysed commit; the C# numstat and the all-file name list each follow their own renames.
/// </summary>
internal sealed class HistoryAggregator(long since, long until)
{
    private readonly RenameMap renames = new();
    private readonly RenameMap touchedRenames = new();
    private readonly Dictionary<string, ChurnAccumulator> files = new(StringComparer.Ordinal);
    private readonly List<ChangeSet> changeSets = [];

    public long? OldestSeen { get; private set; }

    public void Add(CommitRecord commit)
    {
        OldestSeen = Math.Min(OldestSeen ?? long.MaxValue, commit.CommitTime);
        // Merges carry no changes of their own (--diff-merges=off): their parents' commits already counted them.
        if (commit.Parents > 1)
        {
            return;
        }

        var inWindow = commit.CommitTime >= since && commit.CommitTime <= until;
        foreach (var change in commit.CSharp)
        {
            var name = Resolve(renames, change);
            if (!inWindow)
            {
                continue;
            }

            if (!files.TryGetValue(name, out var file))
            {
                file = new ChurnAccumulator();
                files.Add(name, file);
            }

            file.Add(commit.Sha, commit.Author, commit.CommitTime, change.Added, change.Deleted);
        }

        var names = inWindow ? new List<string>(commit.Touched.Count) : null;
        foreach (var change in commit.Touched)
        {
            var name = Resolve(touchedRenames, change);
            if (names is not null && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        if (names is { Count: > 0 })
        {
            changeSets.Add(new ChangeSet(commit.Sha, commit.Author, DateTimeOffset.FromUnixTimeSeconds(commit.CommitTime), [.. names]));
        }
    }

    private static string Resolve(RenameMap map, FileChange change) =>
        change.OldPath is { } old ? map.Renamed(old, change.Path) : map.Resolve(change.Path);

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
