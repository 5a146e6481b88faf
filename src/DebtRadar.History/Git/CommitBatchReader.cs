namespace DebtRadar.History.Git;

/// <summary>
/// Reads the commits the cache does not hold, given newest first, with <c>git log --no-walk=unsorted --stdin</c>
/// so that git shows exactly those commits in that order: one <c>--name-status -M</c> process over all files
/// (the change sets; no file contents needed) and, at the same time, <c>--numstat -M -- '*.cs'</c> over the C#
/// files split into contiguous ranges read by parallel processes (the line counts, git's real cost).
/// </summary>
internal static class CommitBatchReader
{
    public const string CSharpFiles = "*.cs";

    /// <summary>Fewer missing commits than this are read by one numstat process: a second one would not pay.</summary>
    public const int ParallelThreshold = 256;

    /// <summary>After this many commits whose renames could not be scored, the rest is read without rename detection.</summary>
    private const int MaxRenameRetries = 16;

    public static async Task<Batch> ReadAsync(
        IGitProcessRunner runner, string workingDirectory, IReadOnlyList<string> commits, int parallelism, CancellationToken cancellationToken, int parallelThreshold = ParallelThreshold)
    {
        if (commits.Count == 0)
        {
            return new Batch([], 0, null, 0);
        }

        var ranges = Split(commits.Count, commits.Count < parallelThreshold ? 1 : Math.Max(1, parallelism));
        var names = ReadNamesAsync(runner, workingDirectory, commits, cancellationToken);
        var numstats = ranges.Select(r => ReadCSharpAsync(runner, workingDirectory, commits, r, cancellationToken)).ToList();
        await Task.WhenAll([names, .. numstats]).ConfigureAwait(false);

        var (touched, namesFailure, renamesSkipped) = await names.ConfigureAwait(false);
        var records = new List<CommitRecord>(commits.Count);
        GitExit? failure = null;
        foreach (var numstat in numstats)
        {
            var (csharp, processed, range, exit) = await numstat.ConfigureAwait(false);
            for (var i = range.Start; i < range.Start + processed; i++)
            {
                if (!touched.TryGetValue(commits[i], out var commit))
                {
                    return new Batch(records, records.Count, namesFailure, renamesSkipped);
                }

                var changes = csharp.TryGetValue(commit.Sha, out var cs) ? cs.Changes : [];
                records.Add(new CommitRecord(commit.Sha, commit.Parents, commit.Author, commit.CommitTime, changes, commit.Changes));
            }

            if (processed < range.Count)
            {
                failure = exit;
                break;
            }
        }

        return new Batch(records, records.Count, failure, renamesSkipped);
    }

    internal static List<(int Start, int Count)> Split(int count, int parts)
    {
        var ranges = new List<(int Start, int Count)>(parts);
        for (var part = 0; part < parts; part++)
        {
            var start = (int)((long)count * part / parts);
            var end = (int)((long)count * (part + 1) / parts);
            if (end > start)
            {
                ranges.Add((start, end - start));
            }
        }

        return ranges;
    }

    internal static IReadOnlyList<string> NameStatusArguments(bool renames) =>
        GitArguments.With(
            "log", "-z", "--name-status", renames ? "-M" : "--no-renames", "--diff-merges=off", "--no-color",
            "--format=" + ZLogParser.Format, "--no-walk=unsorted", "--stdin", "--");

    internal static IReadOnlyList<string> NumstatArguments() =>
        GitArguments.With(
            "log", "-z", "--numstat", "-M", "--diff-merges=off", "--no-color",
            "--format=" + ZLogParser.Format, "--no-walk=unsorted", "--stdin", "--", CSharpFiles);

    /// <summary>
    /// Every commit prints a header here (no pathspec), and a failure to score a rename happens before the
    /// failing commit's header: on failure the commit after the last header is read alone without rename
    /// detection (its blob is absent, e.g. a partial clone) and the rest again with it.
    /// </summary>
    private static async Task<(Dictionary<string, GitCommit> Commits, GitExit? Failure, int RenamesSkipped)> ReadNamesAsync(
        IGitProcessRunner runner, string workingDirectory, IReadOnlyList<string> commits, CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, GitCommit>(commits.Count, StringComparer.Ordinal);
        var position = 0;
        var skipped = 0;
        while (position < commits.Count)
        {
            var renames = skipped < MaxRenameRetries;
            var (exit, output) = await RunAsync(runner, workingDirectory, NameStatusArguments(renames), commits, position, commits.Count - position, false, cancellationToken).ConfigureAwait(false);
            position = Accept(output, commits, position, read);
            if (exit.Succeeded || position >= commits.Count)
            {
                return (read, position < commits.Count ? exit with { Error = "git log --name-status left commits out" } : null, skipped);
            }

            var (single, alone) = await RunAsync(runner, workingDirectory, NameStatusArguments(renames: false), commits, position, 1, false, cancellationToken).ConfigureAwait(false);
            if (!single.Succeeded || Accept(alone, commits, position, read) == position)
            {
                return (read, exit, skipped);
            }

            position++;
            skipped++;
        }

        return (read, null, skipped);
    }

    private static int Accept(List<GitCommit> output, IReadOnlyList<string> commits, int position, Dictionary<string, GitCommit> read)
    {
        foreach (var commit in output)
        {
            if (position >= commits.Count || !string.Equals(commit.Sha, commits[position], StringComparison.Ordinal))
            {
                break;
            }

            read[commit.Sha] = commit;
            position++;
        }

        return position;
    }

    /// <summary>
    /// Only commits that change a C# file print a header. On failure the last header's commit may be cut short
    /// and the failing commit may print none, so only the commits before the last header count as read.
    /// </summary>
    private static async Task<(Dictionary<string, GitCommit> Changes, int Processed, (int Start, int Count) Range, GitExit Exit)> ReadCSharpAsync(
        IGitProcessRunner runner, string workingDirectory, IReadOnlyList<string> commits, (int Start, int Count) range, CancellationToken cancellationToken)
    {
        var (exit, output) = await RunAsync(runner, workingDirectory, NumstatArguments(), commits, range.Start, range.Count, true, cancellationToken).ConfigureAwait(false);
        var changes = new Dictionary<string, GitCommit>(output.Count, StringComparer.Ordinal);
        foreach (var commit in output)
        {
            changes[commit.Sha] = commit;
        }

        var processed = range.Count;
        if (!exit.Succeeded)
        {
            processed = 0;
            if (output.Count > 0)
            {
                var last = output[^1].Sha;
                for (var i = range.Start; i < range.Start + range.Count; i++)
                {
                    if (string.Equals(commits[i], last, StringComparison.Ordinal))
                    {
                        processed = i - range.Start;
                        break;
                    }
                }
            }
        }

        return (changes, processed, range, exit);
    }

    private static async Task<(GitExit Exit, List<GitCommit> Output)> RunAsync(
        IGitProcessRunner runner,
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyList<string> commits,
        int start,
        int count,
        bool numstat,
        CancellationToken cancellationToken)
    {
        var output = new List<GitCommit>();
        ZLogParser parser = numstat ? new NumstatLogParser(output.Add) : new NameStatusLogParser(output.Add);
        var exit = await runner.RunAsync(
            workingDirectory,
            arguments,
            (stream, ct) => GitLogReader.PumpAsync(stream, parser.Feed, ct),
            cancellationToken,
            RevisionList.StdinFor(commits.Skip(start).Take(count))).ConfigureAwait(false);
        parser.Complete();
        return (exit, output);
    }

    /// <summary>The commits read, newest first, as a prefix of those asked for; the failure that cut it short, if any.</summary>
    internal sealed record Batch(List<CommitRecord> Records, int Count, GitExit? Failure, int RenamesSkipped);
}
