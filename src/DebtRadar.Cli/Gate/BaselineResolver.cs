using System.Globalization;
using DebtRadar.Cli.Commands;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Scanning;
using DebtRadar.Cli.Storage;
using DebtRadar.Core.Model;
using DebtRadar.Reports;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Gate;

/// <summary>A baseline, or why there is none (an exit code and a message).</summary>
internal sealed record BaselineResolution(StoredSnapshot? Snapshot, int ExitCode, string? Error)
{
    public static BaselineResolution Failed(int exitCode, string error) => new(null, exitCode, error);
}

/// <summary>
/// Finds what a snapshot is compared with: a snapshot id, the snapshot of a git ref's commit
/// (scanned on demand in a temporary worktree, as backfill does, and recorded), or the previous
/// snapshot of the same target.
/// </summary>
internal static class BaselineResolver
{
    public static async Task<BaselineResolution> ResolveAsync(
        CliIO io, SnapshotStore store, SnapshotInfo latest, string? baseline, bool verbose, CancellationToken cancellationToken)
    {
        if (baseline is null)
        {
            return store.Previous(latest, cancellationToken) is { } previous && store.Read(previous.Id, cancellationToken) is { } stored
                ? new BaselineResolution(stored, ExitCodes.Ok, null)
                : BaselineResolution.Failed(ExitCodes.Usage, $"no snapshot of {latest.Target} before #{Id(latest.Id)} to compare with: pass --baseline ID|GIT-REF");
        }

        if (int.TryParse(baseline, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return store.Read(id, cancellationToken) is { } byId
                ? new BaselineResolution(byId, ExitCodes.Ok, null)
                : BaselineResolution.Failed(ExitCodes.Usage, $"no snapshot #{Id(id)} in {store.Path} ('debtradar history' lists them)");
        }

        var root = Directory.Exists(latest.RepositoryRoot) ? latest.RepositoryRoot : SnapshotRecorder.FindRepositoryRoot(Directory.GetCurrentDirectory());
        // A leading '-' would make git read the ref as an option.
        var sha = baseline.StartsWith('-') ? null : GitState.Run(root, "rev-parse", "--verify", "--quiet", baseline + "^{commit}");
        if (string.IsNullOrEmpty(sha))
        {
            return BaselineResolution.Failed(ExitCodes.Usage, $"--baseline '{baseline}' is neither a snapshot id nor a commit of the git repository at {root}");
        }

        // A snapshot of uncommitted changes on top of the commit is not that commit.
        var recorded = store.List(cancellationToken).LastOrDefault(s => s.Target == latest.Target && s.Metadata.Commit == sha && !s.Metadata.Dirty);
        if (recorded is not null && store.Read(recorded.Id, cancellationToken) is { } atCommit)
        {
            return new BaselineResolution(atCommit, ExitCodes.Ok, null);
        }

        io.Error.WriteLine($"no snapshot of {TextSafety.ForConsole(baseline)} ({sha[..10]}) recorded: scanning it");
        return await ScanCommitAsync(io, store, latest, root, sha, verbose, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<BaselineResolution> ScanCommitAsync(
        CliIO io, SnapshotStore store, SnapshotInfo latest, string root, string sha, bool verbose, CancellationToken cancellationToken)
    {
        var relativeTarget = Path.IsPathFullyQualified(latest.Target) ? Path.GetRelativePath(root, latest.Target) : latest.Target;
        // The same mode as the snapshot it is compared with, so the comparison measures the code, not the mode.
        var request = new ScanRequest(
            Path.Combine(root, relativeTarget),
            latest.Metadata.Mode == AnalysisMode.SyntaxOnly,
            Framework: null,
            Environment.ProcessorCount,
            verbose,
            TimeSpan.FromSeconds(300));
        var rules = RuleConfigurationLoader.Load(io, request.Path);
        var cache = store.OpenCache(latest.Target, cancellationToken);
        var outcome = await BackfillCommand.ScanCommitAsync(io, request, root, relativeTarget, sha, cache, rules, ScanRunner.LoadCacheFolder(store.Path), cancellationToken).ConfigureAwait(false);
        if (outcome?.Result is not { } scan)
        {
            return BaselineResolution.Failed(outcome?.ExitCode is { } code and not ExitCodes.Ok ? code : ExitCodes.NothingScannable, $"could not scan the baseline commit {sha[..10]}");
        }

        var date = DateTimeOffset.TryParse(GitState.Run(root, "show", "-s", "--format=%cI", sha), CultureInfo.InvariantCulture, out var d) ? d : io.Time.GetUtcNow();
        var finished = io.Time.GetUtcNow();
        var meta = SnapshotRecorder.Metadata(finished, finished, date, new GitState(sha, null, false, date), SnapshotRecorder.ModeOf(scan), rules?.Hash ?? string.Empty);
        var info = store.Write(scan with { RepositoryRoot = root, Target = latest.Target }, meta, cache, CancellationToken.None);
        io.Error.WriteLine($"recorded the baseline as snapshot #{Id(info.Id)}");
        return store.Read(info.Id, cancellationToken) is { } stored
            ? new BaselineResolution(stored, ExitCodes.Ok, null)
            : BaselineResolution.Failed(ExitCodes.InternalError, $"snapshot #{Id(info.Id)} vanished after it was written");
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
