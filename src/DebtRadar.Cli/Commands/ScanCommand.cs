using DebtRadar.Reports;
using System.CommandLine;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Rendering;
using DebtRadar.Cli.Scanning;
using DebtRadar.Cli.Storage;
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

        // The database is opened (and checked) before the scan, so a bad --db fails in a second, not after the work.
        SnapshotStore? store = null;
        StoredResultCache? cache = null;
        var resolution = recording.NoDb ? null : TargetResolver.Resolve(request.Path);
        if (resolution is { Succeeded: true })
        {
            store = SnapshotRecorder.Open(recording.Db, resolution.RepositoryRoot);
            if (recording.NoCache)
            {
                store.EnsureUsable(cancellationToken);
            }
            else
            {
                cache = store.EnsureUsableAndOpenCache(ScanRunner.DisplayTarget(resolution), cancellationToken);
            }
        }

        // Rules and their configuration come from the repository of the target (debtradar.json, .editorconfig).
        var configuration = RuleConfigurationLoader.LoadConfiguration(io, request.Path);
        var rules = configuration?.Rules;
        var cost = configuration?.Cost ?? new Core.Debt.CostModel();
        var coverageRoot = resolution?.RepositoryRoot ?? TargetResolver.Resolve(request.Path).RepositoryRoot;
        var (coverage, coverageFailed) = CoverageFiles.Read(io, recording.Coverage, configuration?.Coverage ?? [], coverageRoot);
        if (coverageFailed)
        {
            return ExitCodes.Usage;
        }

        var started = io.Time.GetUtcNow();
        var outcome = await ScanRunner.RunAsync(request, io, cache, rules, cancellationToken, coverage, store is null ? null : ScanRunner.LoadCacheFolder(store.Path)).ConfigureAwait(false);
        if (outcome.Result is not { } measured)
        {
            return outcome.ExitCode;
        }

        var scan = measured;

        // One read of git history serves the snapshot (churn, hotspot scores) and the summary (interest).
        IReadOnlyDictionary<string, Core.Debt.ChangeFrequency>? frequencies = null;
        if (!recording.NoHistory && (store is not null || output is null))
        {
            var history = await ChangeFrequencies.ReadAsync(scan.RepositoryRoot, writeCache: !recording.NoDb, cancellationToken).ConfigureAwait(false);
            scan = ChangeFrequencies.WithChurn(scan, history);
            frequencies = ChangeFrequencies.PerFile(history);
        }

        Action<Spectre.Console.IAnsiConsole>? deltas = null;
        if (store is not null)
        {
            var finished = io.Time.GetUtcNow();
            var git = GitState.Read(scan.RepositoryRoot);
            var info = store.Write(scan, SnapshotRecorder.Metadata(started, finished, started, git, SnapshotRecorder.ModeOf(scan), rules?.Hash ?? string.Empty), cache, CancellationToken.None);
            var previous = store.Previous(info, CancellationToken.None);
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
}
