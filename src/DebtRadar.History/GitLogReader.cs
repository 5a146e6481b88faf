using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.History.Churn;
using DebtRadar.History.Git;
using DebtRadar.History.Model;

namespace DebtRadar.History;

/// <summary>
/// Reads a repository's history with one streamed <c>git log --numstat</c> process: revisions, churn, authors
/// and change sets per file over a window. Anything that leaves the history partial or absent is a
/// diagnostic in the result; reading never throws for lack of history.
/// </summary>
public sealed class GitLogReader
{
    private readonly IGitProcessRunner runner;

    /// <summary>A reader that runs the <c>git</c> found on PATH.</summary>
    public GitLogReader()
        : this(new GitProcessRunner())
    {
    }

    internal GitLogReader(IGitProcessRunner runner) => this.runner = runner;

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
        var parser = new NumstatLogParser(aggregator.Add);
        var exit = await runner.RunAsync(
            probe.WorkingDirectory,
            LogArguments(window),
            (stream, ct) => PumpAsync(stream, parser.Feed, ct),
            cancellationToken).ConfigureAwait(false);
        parser.Complete();

        if (!exit.Succeeded)
        {
            var reached = aggregator.OldestSeen is { } oldest ? $"; nothing older than {Date(oldest)} was read" : string.Empty;
            diagnostics.Add(new ScanDiagnostic(
                DiagnosticSeverity.Warning,
                "history.git-failed",
                $"git log stopped with exit code {exit.ExitCode} after {parser.Commits} commits ({GitOutput.FirstLine(exit.Error)}){reached}; history is partial"));
        }

        if (probe.Shallow)
        {
            var from = aggregator.OldestSeen is { } oldest ? $" starts at {Date(oldest)}" : " is cut short";
            diagnostics.Add(new ScanDiagnostic(
                DiagnosticSeverity.Warning,
                "history.shallow",
                $"shallow clone: the available history{from}; revisions and coupling count only that part (git fetch --unshallow for all)"));
        }

        return new HistoryResult(
            probe.Root, head, window.SinceTime, window.UntilTime, aggregator.Files(), aggregator.ChangeSets, diagnostics.ToImmutable());
    }

    internal static IReadOnlyList<string> LogArguments(HistoryWindow window) =>
        GitArguments.With(
            "log",
            "-z",
            "--numstat",
            "-M",
            "--diff-merges=off",
            "--date-order",
            "--no-color",
            "--format=" + NumstatLogParser.Format,
            // No --until: renames in newer commits must still be seen so changes book under today's names.
            "--since=@" + window.Since.ToString(CultureInfo.InvariantCulture),
            "HEAD",
            "--");

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

    private static string Date(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
