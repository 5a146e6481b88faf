using DebtRadar.Reports;
using System.CommandLine;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Rendering;
using DebtRadar.Cli.Scanning;
using DebtRadar.Cli.Storage;
using DebtRadar.History.Model;
using DebtRadar.Reports.Tables;
using DebtRadar.Storage;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Cli.Commands;

/// <summary><c>debtradar scan</c>: measure a solution, print a summary or export one level as CSV/JSON.</summary>
internal static class ScanCommand
{
    public static Command Create(CliIO io)
    {
        var shared = new ScanOptionSet();
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write the measurements of --level to this .csv or .json file instead of the summary",
        };
        var level = new Option<string>("--level", "-l")
        {
            Description = "Level of detail written by --out",
            DefaultValueFactory = _ => "member",
        };
        level.AcceptOnlyFromAmong("member", "type", "file", "project", "findings");
        var storage = new StorageOptionSet();
        var noDb = new Option<bool>("--no-db") { Description = "Scan without recording a snapshot" };
        var noCache = new Option<bool>("--no-cache") { Description = "Measure every file again instead of reusing stored results" };
        var noHistory = new Option<bool>("--no-history") { Description = "Do not read git history (no churn is recorded; interest uses priors)" };
        var coverage = new Option<FileInfo[]>("--coverage")
        {
            Description = "Cobertura or OpenCover XML reports to join to members (line and branch coverage, CRAP, code health)",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("scan", "Measure complexity, coupling and size of a C# solution, project or folder");
        shared.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(level);
        storage.AddTo(command);
        command.Options.Add(noDb);
        command.Options.Add(noCache);
        command.Options.Add(noHistory);
        command.Options.Add(coverage);
        command.SetAction((parse, cancellationToken) => RunAsync(
            io,
            shared.Read(parse),
            parse.GetValue(output),
            Enum.Parse<ReportLevel>(parse.GetValue(level)!, ignoreCase: true),
            new Recording(parse.GetValue(noDb), parse.GetValue(noCache), parse.GetValue(storage.Db), parse.GetValue(noHistory)) { Coverage = parse.GetValue(coverage) ?? [] },
            cancellationToken));
        return command;
    }

    private sealed record Recording(bool NoDb, bool NoCache, FileInfo? Db, bool NoHistory)
    {
        public IReadOnlyList<FileInfo> Coverage { get; init; } = [];
    }

    private static async Task<int> RunAsync(CliIO io, ScanRequest request, FileInfo? output, ReportLevel level, Recording recording, CancellationToken cancellationToken)
    {
        TableFormat? format = null;
        if (output is not null && (format = OutputFiles.FormatOf(output)) is null)
        {
            io.Fail($"--out must name a .csv or .json file: {output.Name}");
            return ExitCodes.Usage;
        }

        // What a scan does besides measuring starts first and runs beside the load (docs/architecture.md,
        // "Start-up of a scan"): the database session that checks the file and reads the stored results,
        // the git state the snapshot records and the git history. A database that cannot be used stops
        // the scan as soon as that is known, and is reported as before, ahead of any other failure.
        using var background = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var resolution = recording.NoDb ? null : TargetResolver.Resolve(request.Path);
        SnapshotStore? store = null;
        Task<StoredResultCache?>? opening = null;
        Task<GitState>? git = null;
        if (resolution is { Succeeded: true })
        {
            store = SnapshotRecorder.Open(recording.Db, resolution.RepositoryRoot);
            opening = OpenInBackground(store, recording.NoCache ? null : ScanRunner.DisplayTarget(resolution), background);
            var root = resolution.RepositoryRoot;
            git = Task.Run(() => GitState.Read(root), CancellationToken.None);
        }

        var target = resolution ?? TargetResolver.Resolve(request.Path);
        var history = !recording.NoHistory && target.Succeeded && (store is not null || output is null)
            ? Task.Run(() => ChangeFrequencies.ReadAsync(target.RepositoryRoot, writeCache: !recording.NoDb, background.Token), CancellationToken.None)
            : null;

        var finished = false;
        try
        {
            var code = await ScanAndRecordAsync(io, request, output, format, level, recording, store, opening, git, history, target.RepositoryRoot, background.Token).ConfigureAwait(false);
            finished = true;
            return code;
        }
        catch (Exception) when (opening is not null && background.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Only a failed database session cancels the background token on its own: report that failure.
            await opening.ConfigureAwait(false);
            throw;
        }
        finally
        {
            if (!finished)
            {
                await background.CancelAsync().ConfigureAwait(false);
            }

            // Nothing is left running when the command ends: a database session always completes.
            foreach (var task in new Task?[] { opening, git, history })
            {
                if (task is not null)
                {
                    await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }
    }

    /// <summary>
    /// Checks (and creates or migrates) the database and, when <paramref name="cacheTarget"/> is given,
    /// reads the result cache of that target, on a worker thread; a failure cancels <paramref name="scan"/>.
    /// </summary>
    private static Task<StoredResultCache?> OpenInBackground(SnapshotStore store, string? cacheTarget, CancellationTokenSource scan) =>
        Task.Run(
            () =>
            {
                try
                {
                    if (cacheTarget is null)
                    {
                        store.EnsureUsable(scan.Token);
                        return null;
                    }

                    return store.EnsureUsableAndOpenCache(cacheTarget, scan.Token);
                }
                catch
                {
                    scan.Cancel();
                    throw;
                }
            },
            CancellationToken.None);

    private static async Task<int> ScanAndRecordAsync(
        CliIO io,
        ScanRequest request,
        FileInfo? output,
        TableFormat? format,
        ReportLevel level,
        Recording recording,
        SnapshotStore? store,
        Task<StoredResultCache?>? opening,
        Task<GitState>? git,
        Task<HistoryResult>? history,
        string repositoryRoot,
        CancellationToken cancellationToken)
    {
        // Rules and their configuration come from the repository of the target (debtradar.json, .editorconfig).
        var configuration = RuleConfigurationLoader.LoadConfiguration(io, request.Path);
        var rules = configuration?.Rules;
        var cost = configuration?.Cost ?? new Core.Debt.CostModel();
        var (coverage, coverageFailed) = CoverageFiles.Read(io, recording.Coverage, configuration?.Coverage ?? [], repositoryRoot);
        if (coverageFailed)
        {
            await WaitForDatabase(opening).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var started = io.Time.GetUtcNow();
        var pending = opening is null || recording.NoCache ? null : new PendingResultCache(opening);
        var outcome = await ScanRunner.RunAsync(request, io, pending, rules, cancellationToken, coverage, store is null ? null : ScanRunner.LoadCacheFolder(store.Path)).ConfigureAwait(false);
        var cache = await WaitForDatabase(opening).ConfigureAwait(false);
        if (outcome.Result is not { } measured)
        {
            return outcome.ExitCode;
        }

        var scan = measured;

        // One read of git history serves the snapshot (churn, hotspot scores) and the summary (interest).
        IReadOnlyDictionary<string, Core.Debt.ChangeFrequency>? frequencies = null;
        if (history is not null)
        {
            var read = await history.ConfigureAwait(false);
            scan = ChangeFrequencies.WithChurn(scan, read);
            frequencies = ChangeFrequencies.PerFile(read);
        }

        Action<Spectre.Console.IAnsiConsole>? deltas = null;
        if (store is not null)
        {
            var finished = io.Time.GetUtcNow();
            var state = await git!.ConfigureAwait(false);
            var (info, previous) = store.WriteAndFindPrevious(scan, SnapshotRecorder.Metadata(started, finished, started, state, SnapshotRecorder.ModeOf(scan), rules?.Hash ?? string.Empty), cache, CancellationToken.None);
            deltas = console => SnapshotRecorder.RenderDeltas(console, info, previous, store.Path);
        }

        if (output is not null)
        {
            OutputFiles.WriteAtomically(output, writer => TableWriter.Write(writer, scan, level, format!.Value));
            io.Error.WriteLine($"wrote {TextSafety.ForConsole(output.FullName)}");
            if (request.Verbose)
            {
                ScanSummaryRenderer.Render(io.OutConsole, scan, cost, verbose: true);
            }

            deltas?.Invoke(io.ErrorConsole);
        }
        else
        {
            ScanSummaryRenderer.Render(io.OutConsole, scan, cost, request.Verbose, frequencies);
            deltas?.Invoke(io.OutConsole);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The result cache once the database session has ended; its failure (a <see cref="StorageException"/>) is thrown here.</summary>
    private static async Task<StoredResultCache?> WaitForDatabase(Task<StoredResultCache?>? opening) =>
        opening is null ? null : await opening.ConfigureAwait(false);
}
