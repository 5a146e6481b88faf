using DebtRadar.Reports;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DebtRadar.Cli.Backfill;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Scanning;
using DebtRadar.Core.Rules;
using DebtRadar.Cli.Storage;
using DebtRadar.Storage;
using DebtRadar.Workspace.Reuse;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Cli.Commands;

/// <summary>
/// <c>debtradar backfill</c>: scan past commits of the current branch, oldest first, each checked out
/// into one <c>git worktree</c> in a temporary folder that moves from commit to commit and is always
/// removed (<see cref="CommitCheckout"/>), and record each as a snapshot dated by its commit. The scans
/// share reference assemblies and derive each compilation from the previous commit's
/// (<see cref="CompilationReuse"/>). Every finished snapshot is committed on its own, so Ctrl+C keeps them.
/// </summary>
internal static class BackfillCommand
{
    public static Command Create(CliIO io)
    {
        var shared = new ScanOptionSet();
        var storage = new StorageOptionSet();
        var commits = new Option<int>("--commits", "-n") { Description = "How many past commits to scan", Required = true };
        var every = new Option<int>("--every") { Description = "Scan every K-th commit of the first-parent history", DefaultValueFactory = _ => 1 };
        var noCache = new Option<bool>("--no-cache") { Description = "Measure every file of every commit instead of reusing stored results" };
        commits.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--commits must be at least 1");
            }
        });
        every.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--every must be at least 1");
            }
        });

        var command = new Command("backfill", "Scan past commits of the current branch into the history");
        shared.AddTo(command);
        storage.AddTo(command);
        command.Options.Add(commits);
        command.Options.Add(every);
        command.Options.Add(noCache);
        command.SetAction((parse, cancellationToken) => RunAsync(
            io, shared.Read(parse), parse.GetValue(storage.Db), parse.GetValue(commits), parse.GetValue(every), parse.GetValue(noCache), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliIO io, ScanRequest request, FileInfo? db, int count, int every, bool noCache, CancellationToken cancellationToken)
    {
        var resolution = TargetResolver.Resolve(request.Path);
        if (resolution.Error is { } error)
        {
            io.Fail(error.Message);
            return error.ExitCode;
        }

        var root = resolution.RepositoryRoot;
        var history = GitState.Run(root, "log", "--first-parent", "--format=%H %cI", "-n", (count * every).ToString(CultureInfo.InvariantCulture), "HEAD");
        if (string.IsNullOrEmpty(history))
        {
            io.Fail($"backfill needs a git repository with commits: {TextSafety.ForConsole(root)}");
            return ExitCodes.Usage;
        }

        var target = ScanRunner.DisplayTarget(resolution);
        // What the user named (often a folder), not what it resolves to today: a solution file may
        // have been renamed (.sln → .slnx) in the history being scanned.
        var relativeTarget = Path.GetRelativePath(root, Path.GetFullPath(request.Path));
        var branch = GitState.Read(root).Branch;
        var store = SnapshotRecorder.Open(db, root);
        StoredResultCache? cache = null;
        if (noCache)
        {
            store.EnsureUsable(cancellationToken);
        }
        else
        {
            cache = store.EnsureUsableAndOpenCache(target, cancellationToken);
        }

        // Read once, not once per commit: every check would open the database and read every snapshot.
        var recordedCommits = store.List(cancellationToken)
            .Where(s => s.Target == target && s.Metadata.Commit is not null)
            .Select(s => s.Metadata.Commit!)
            .ToHashSet(StringComparer.Ordinal);

        // Oldest first: each commit's scan reuses what the previous one measured.
        var picked = history.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2))
            .Where((_, i) => i % every == 0)
            .Take(count)
            .Reverse()
            .ToList();
        var recorded = 0;
        // Today's rules judge every past commit, so a trend shows the code changing, not the rules.
        var rules = RuleConfigurationLoader.Load(io, request.Path);
        var loadCacheFolder = ScanRunner.LoadCacheFolder(store.Path);
        using var checkout = new CommitCheckout(root);
        var reuse = new CompilationReuse();
        foreach (var (commit, index) in picked.Select((c, i) => (c, i)))
        {
            var sha = commit[0];
            var date = DateTimeOffset.Parse(commit[1], CultureInfo.InvariantCulture);
            var label = string.Create(CultureInfo.InvariantCulture, $"[{index + 1}/{picked.Count}] {sha[..10]} {date:yyyy-MM-dd}");
            if (recordedCommits.Contains(sha))
            {
                io.Error.WriteLine($"{label}: already recorded, skipped");
                continue;
            }

            var hitsBefore = cache?.Hits ?? 0;
            var (derivedBefore, treesBefore) = (reuse.Derived, reuse.TreesReused);
            var started = Stopwatch.GetTimestamp();
            var outcome = await ScanCheckedOutAsync(io, request, checkout, relativeTarget, sha, cache, rules, loadCacheFolder, reuse, cancellationToken).ConfigureAwait(false);
            if (outcome?.Result is not { } scan)
            {
                io.Error.WriteLine($"{label}: nothing could be scanned, skipped");
                continue;
            }

            var scanned = Stopwatch.GetElapsedTime(started);
            var finished = io.Time.GetUtcNow();
            var meta = SnapshotRecorder.Metadata(finished, finished, date, new GitState(sha, branch, false, date), SnapshotRecorder.ModeOf(scan), rules?.Hash ?? string.Empty);
            var info = store.Write(scan with { RepositoryRoot = root, Target = target }, meta, cache, CancellationToken.None);
            recorded++;
            recordedCommits.Add(sha);
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: recorded snapshot #{info.Id} ({info.Totals.Files} files, {info.Totals.Members} members{(cache is null ? string.Empty : $", {cache.Hits - hitsBefore} results reused")})"));
            if (request.Verbose)
            {
                io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: checkout and scan {scanned.TotalMilliseconds:F0} ms, snapshot written in {(Stopwatch.GetElapsedTime(started) - scanned).TotalMilliseconds:F0} ms; {reuse.Derived - derivedBefore} compilation(s) derived from the previous commit's, {reuse.TreesReused - treesBefore} syntax trees reused"));
            }
        }

        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recorded {recorded} snapshot(s) of {TextSafety.ForConsole(target)} in {TextSafety.ForConsole(store.Path)}"));
        return ExitCodes.Ok;
    }

    /// <summary>One commit scanned in a worktree of its own, removed afterwards (the gate's baseline).</summary>
    internal static async Task<ScanOutcome?> ScanCommitAsync(
        CliIO io, ScanRequest request, string root, string relativeTarget, string sha, StoredResultCache? cache, RuleSet? rules, string loadCacheFolder, CancellationToken cancellationToken)
    {
        using var checkout = new CommitCheckout(root);
        return await ScanCheckedOutAsync(io, request, checkout, relativeTarget, sha, cache, rules, loadCacheFolder, reuse: null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ScanOutcome?> ScanCheckedOutAsync(
        CliIO io, ScanRequest request, CommitCheckout checkout, string relativeTarget, string sha, StoredResultCache? cache, RuleSet? rules, string loadCacheFolder, CompilationReuse? reuse, CancellationToken cancellationToken)
    {
        if (!checkout.MoveTo(sha))
        {
            io.Fail($"git could not check out {sha}");
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(checkout.Folder, relativeTarget));
        return await ScanRunner.RunAsync(request with { Path = path }, io, cache, rules, cancellationToken, loadCacheFolder: loadCacheFolder, reuse: reuse).ConfigureAwait(false);
    }
}
