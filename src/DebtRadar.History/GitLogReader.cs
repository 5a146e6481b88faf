using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.History.Cache;
using DebtRadar.History.Churn;
using DebtRadar.History.Git;
using DebtRadar.History.Model;

namespace DebtRadar.History;

/// <summary>
/// Reads a repository's history: revisions, churn, authors of the C# files and the change sets of all files over a
/// window. <c>git rev-list</c> names the commits; those not in the history cache are read with streamed
/// <c>git log</c> processes in parallel. Anything that leaves the history partial or absent is a diagnostic in the
/// result; reading never throws for lack of history, and a cache that cannot be read or written never fails it.
/// </summary>
public sealed class GitLogReader
{
    private readonly IGitProcessRunner runner;
    private readonly Func<string, string?> cacheFile;
    private readonly int parallelism;

    /// <summary>A reader that runs the <c>git</c> found on PATH, without a history cache.</summary>
    public GitLogReader()
        : this(new GitProcessRunner())
    {
    }

    internal GitLogReader(IGitProcessRunner runner, Func<string, string?>? cacheFile = null, int? parallelism = null)
    {
        this.runner = runner;
        this.cacheFile = cacheFile ?? (_ => null);
        this.parallelism = parallelism ?? Math.Clamp(Environment.ProcessorCount, 1, 4);
    }

    /// <summary>
    /// A reader that keeps what it reads in <c>&lt;repository root&gt;/.debtradar/history-cache.bin</c> (beside the
    /// default database), so a repository read before costs only its new commits.
    /// </summary>
    public static GitLogReader WithRepositoryCache() => new(new GitProcessRunner(), HistoryCacheFile.DefaultPath);

    /// <summary>Reads the history of the repository containing <see cref="HistoryRequest.Path"/>.</summary>
    public async Task<HistoryResult> ReadAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var probe = await RepositoryProbe.RunAsync(runner, request.Path, cancellationToken).ConfigureAwait(false);
        if (probe.Head is not { } head)
        {
            return HistoryResult.Empty(probe.Root, null, probe.Diagnostics);
        }

        var window = HistoryWindow.For(request, head);
        var diagnostics = probe.Diagnostics.ToBuilder();
        var aggregator = new HistoryAggregator(window.Since, window.Until);
        var (listExit, commits) = await RevisionList.ReadAsync(runner, probe.WorkingDirectory, window, cancellationToken).ConfigureAwait(false);
        if (!listExit.Succeeded)
        {
            diagnostics.Add(Warning("history.git-failed", $"git rev-list stopped with exit code {listExit.ExitCode} ({GitOutput.FirstLine(listExit.Error)}); history is left out"));
            return new HistoryResult(probe.Root, head, window.SinceTime, window.UntilTime, [], [], diagnostics.ToImmutable());
        }

        var file = probe.Root is { } root ? cacheFile(root) : null;
        var fingerprint = probe.Root is { } top ? HistoryCache.Fingerprint(top) : string.Empty;
        var cached = new Dictionary<string, CommitRecord>(StringComparer.Ordinal);
        if (file is not null)
        {
            (cached, var note) = HistoryCacheFile.Read(file, fingerprint);
            AddInfo(diagnostics, "history.cache-ignored", note);
        }

        var missing = commits.Where(c => !cached.ContainsKey(c)).ToList();
        var batch = await CommitBatchReader.ReadAsync(runner, probe.WorkingDirectory, missing, parallelism, cancellationToken).ConfigureAwait(false);
        var read = batch.Records.ToDictionary(r => r.Sha, StringComparer.Ordinal);
        var available = 0;
        foreach (var sha in commits)
        {
            if (!cached.TryGetValue(sha, out var record) && !read.TryGetValue(sha, out record))
            {
                break;
            }

            aggregator.Add(record);
            available++;
        }

        if (batch.RenamesSkipped > 0)
        {
            AddInfo(diagnostics, "history.renames-skipped", $"{batch.RenamesSkipped} commits were read without rename detection (a file version git needs to score renames is absent): a file renamed there starts a new history");
        }

        if (available < commits.Count)
        {
            var failure = batch.Failure ?? new GitExit(0, "a commit was not read");
            var reached = aggregator.OldestSeen is { } oldest ? $"; nothing older than {Date(oldest)} was read" : string.Empty;
            diagnostics.Add(Warning(
                "history.git-failed",
                $"git log stopped with exit code {failure.ExitCode} after {available} commits ({GitOutput.FirstLine(failure.Error)}){reached}; history is partial"));
        }

        if (file is not null && batch.Records.Count > 0
            && HistoryCacheFile.Write(file, fingerprint, HistoryCache.Merge(cached, batch.Records, commits)) is { } why)
        {
            AddInfo(diagnostics, "history.cache-not-written", $"history cache {file} not written ({why}); the next run reads the history again");
        }

        if (probe.Shallow)
        {
            var from = aggregator.OldestSeen is { } oldest ? $" starts at {Date(oldest)}" : " is cut short";
            diagnostics.Add(Warning(
                "history.shallow",
                $"shallow clone: the available history{from}; revisions and coupling count only that part (git fetch --unshallow for all)"));
        }

        return new HistoryResult(
            probe.Root, head, window.SinceTime, window.UntilTime, aggregator.Files(), aggregator.ChangeSets, diagnostics.ToImmutable());
    }

    internal static async Task PumpAsync(Stream stream, SpanAction feed, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                feed(buffer.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal delegate void SpanAction(ReadOnlySpan<byte> data);

    private static ScanDiagnostic Warning(string code, string message) => new(DiagnosticSeverity.Warning, code, message);

    private static void AddInfo(ImmutableArray<ScanDiagnostic>.Builder diagnostics, string code, string? message)
    {
        if (message is not null)
        {
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Info, code, message));
        }
    }

    private static string Date(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
