using System.Collections.Immutable;
using DebtRadar.History.Churn;
using DebtRadar.History.Model;

namespace DebtRadar.History.Members;

/// <summary>
/// Books each commit's changed line ranges onto members. Added lines are matched against the member spans of
/// the commit's own version of the file, deleted lines against the parent's version, so a member keeps its
/// history however far the lines around it move; its identity is its type and signature. Commits arrive
/// newest first; renames are followed as for files.
/// </summary>
internal sealed class MemberChurnAggregator(long since, long until)
{
    private readonly RenameMap renames = new();
    private readonly Dictionary<(string File, string Type, string Name), ChurnAccumulator> members = [];

    /// <summary>The files of <paramref name="commit"/> that need member spans, with their current names.</summary>
    public List<(FilePatch Patch, string File)> Relevant(PatchCommit commit)
    {
        var relevant = new List<(FilePatch Patch, string File)>();
        var inWindow = commit.CommitTime >= since && commit.CommitTime <= until;
        foreach (var patch in commit.Files)
        {
            var file = patch is { OldPath: { } old, NewPath: { } current } && !string.Equals(old, current, StringComparison.Ordinal)
                ? renames.Renamed(old, current)
                : renames.Resolve(patch.NewPath ?? patch.OldPath ?? string.Empty);
            if (inWindow && patch.Hunks.Count > 0 && file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            {
                relevant.Add((patch, file));
            }
        }

        return relevant;
    }

    /// <summary>Attributes one file's hunks, given the member spans before and after the commit.</summary>
    public void Attribute(PatchCommit commit, FilePatch patch, string file, ImmutableArray<MemberSpan> before, ImmutableArray<MemberSpan> after)
    {
        var touched = new Dictionary<(string Type, string Name), (int Added, int Deleted)>();
        foreach (var hunk in patch.Hunks)
        {
            Overlap(after, hunk.NewStart, hunk.NewCount, touched, isAdded: true);
            Overlap(before, hunk.OldStart, hunk.OldCount, touched, isAdded: false);
        }

        foreach (var ((type, name), (added, deleted)) in touched)
        {
            var key = (file, type, name);
            if (!members.TryGetValue(key, out var accumulator))
            {
                accumulator = new ChurnAccumulator();
                members.Add(key, accumulator);
            }

            accumulator.Add(commit.Sha, commit.Author, commit.CommitTime, added, deleted);
        }
    }

    public ImmutableArray<MemberHistory> Members() =>
    [
        .. members
            .OrderBy(m => m.Key.File, StringComparer.Ordinal)
            .ThenBy(m => m.Key.Type, StringComparer.Ordinal)
            .ThenBy(m => m.Key.Name, StringComparer.Ordinal)
            .Select(m =>
            {
                var (main, share) = m.Value.MainAuthor();
                return new MemberHistory(
                    m.Key.File, m.Key.Type, m.Key.Name, m.Value.Revisions, m.Value.Added, m.Value.Deleted, m.Value.AuthorCount, main, share);
            }),
    ];

    private static void Overlap(
        ImmutableArray<MemberSpan> spans,
        int start,
        int count,
        Dictionary<(string Type, string Name), (int Added, int Deleted)> touched,
        bool isAdded)
    {
        if (count == 0)
        {
            return;
        }

        var end = start + count - 1;
        foreach (var span in spans)
        {
            var lines = Math.Min(end, span.EndLine) - Math.Max(start, span.StartLine) + 1;
            if (lines <= 0)
            {
                continue;
            }

            var key = (span.Type, span.Name);
            var (added, deleted) = touched.GetValueOrDefault(key);
            touched[key] = isAdded ? (added + lines, deleted) : (added, deleted + lines);
        }
    }
}
