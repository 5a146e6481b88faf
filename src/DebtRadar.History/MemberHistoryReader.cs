using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.History.Git;
using DebtRadar.History.Members;
using DebtRadar.History.Model;

namespace DebtRadar.History;

/// <summary>
/// Member-level churn: one streamed <c>git log -p --unified=0</c> over the C# files of the window gives the
/// changed line ranges; one long-lived <c>git cat-file --batch</c> gives each version's text, whose member
/// spans come from the scan's own syntax-only member discovery.
/// </summary>
public sealed class MemberHistoryReader
{
    private const int SpanCacheLimit = 4096;
    private const string NoBlob = "0000000000000000000000000000000000000000";

    private readonly IGitProcessRunner runner;

    /// <summary>A reader that runs the <c>git</c> found on PATH.</summary>
    public MemberHistoryReader()
        : this(new GitProcessRunner())
    {
    }

    internal MemberHistoryReader(IGitProcessRunner runner) => this.runner = runner;

    /// <summary>Reads member churn of the repository containing <see cref="HistoryRequest.Path"/>.</summary>
    public async Task<MemberHistoryResult> ReadAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var probe = await RepositoryProbe.RunAsync(runner, request.Path, cancellationToken).ConfigureAwait(false);
        if (probe.Head is not { } head)
        {
            return new MemberHistoryResult(null, [], probe.Diagnostics);
        }

        var diagnostics = probe.Diagnostics.ToBuilder();
        var window = HistoryWindow.For(request, head);
        var commits = new List<PatchCommit>();
        var parser = new PatchLogParser(commits.Add);
        var exit = await runner.RunAsync(
            probe.WorkingDirectory,
            LogArguments(window),
            (stream, ct) => GitLogReader.PumpAsync(stream, parser.Feed, ct),
            cancellationToken).ConfigureAwait(false);
        parser.Complete();
        if (!exit.Succeeded)
        {
            diagnostics.Add(new ScanDiagnostic(
                DiagnosticSeverity.Warning,
                "history.git-failed",
                $"git log -p stopped with exit code {exit.ExitCode} after {commits.Count} commits ({GitOutput.FirstLine(exit.Error)}); member churn is partial"));
        }

        var aggregator = new MemberChurnAggregator(window.Since, window.Until);
        using var blobs = CatFileBatch.Start(runner, probe.WorkingDirectory);
        if (blobs is null)
        {
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, "history.git-failed", "git cat-file could not be started; member churn is left out"));
            return new MemberHistoryResult(head, [], diagnostics.ToImmutable());
        }

        var spans = new SpanCache(blobs);
        foreach (var commit in commits)
        {
            foreach (var (patch, file) in aggregator.Relevant(commit))
            {
                var before = patch.Hunks.Any(h => h.OldCount > 0) ? await spans.GetAsync(patch.OldBlob, cancellationToken).ConfigureAwait(false) : [];
                var after = patch.Hunks.Any(h => h.NewCount > 0) ? await spans.GetAsync(patch.NewBlob, cancellationToken).ConfigureAwait(false) : [];
                aggregator.Attribute(commit, patch, file, before, after);
            }
        }

        if (spans.Missing > 0)
        {
            diagnostics.Add(new ScanDiagnostic(
                DiagnosticSeverity.Warning,
                "history.blob-missing",
                $"{spans.Missing} file versions are missing from the repository; their changes are not attributed to members"));
        }

        return new MemberHistoryResult(head, aggregator.Members(), diagnostics.ToImmutable());
    }

    internal static IReadOnlyList<string> LogArguments(HistoryWindow window) =>
        GitArguments.With(
            "log",
            "-p",
            "--unified=0",
            "--full-index",
            "-M",
            "--diff-merges=off",
            "--date-order",
            "--no-color",
            "--no-ext-diff",
            "--src-prefix=a/",
            "--dst-prefix=b/",
            "--format=" + PatchLogParser.Format,
            "--since=@" + window.Since.ToString(CultureInfo.InvariantCulture),
            "HEAD",
            "--",
            "*.cs");

    /// <summary>Parsed spans by blob id: the parent's version of one commit is the next older commit's own version.</summary>
    private sealed class SpanCache(CatFileBatch blobs)
    {
        private readonly Dictionary<string, ImmutableArray<MemberSpan>> cache = new(StringComparer.Ordinal);

        public int Missing { get; private set; }

        public async Task<ImmutableArray<MemberSpan>> GetAsync(string? blob, CancellationToken cancellationToken)
        {
            if (blob is null or NoBlob)
            {
                return [];
            }

            if (cache.TryGetValue(blob, out var spans))
            {
                return spans;
            }

            var text = await blobs.ReadAsync(blob, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                Missing++;
            }

            spans = text is null ? [] : MemberSpans.Of(text, cancellationToken);
            if (cache.Count >= SpanCacheLimit)
            {
                cache.Clear();
            }

            cache[blob] = spans;
            return spans;
        }
    }
}
