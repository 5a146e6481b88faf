using System.CommandLine;
using System.Globalization;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Gate;
using DebtRadar.Cli.Storage;
using DebtRadar.Core.Debt;
using DebtRadar.Reports;
using DebtRadar.Reports.Json;
using DebtRadar.Reports.Markdown;
using DebtRadar.Reports.Sarif;
using DebtRadar.Reports.Tables;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Commands;

/// <summary>
/// <c>debtradar report</c>: export a stored snapshot as CSV (one level, the columns of
/// <c>scan --out</c>), JSON (the whole snapshot, or one level with <c>--level</c>), SARIF 2.1.0
/// (the findings) or Markdown (a pull-request summary against a baseline).
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] Formats = ["csv", "json", "sarif", "md"];

    public static Command Create(CliIO io)
    {
        var storage = new StorageOptionSet();
        var snapshot = new Option<string>("--snapshot", "-s")
        {
            Description = "Snapshot id, or 'latest'",
            DefaultValueFactory = _ => "latest",
        };
        var format = new Option<string?>("--format", "-F")
        {
            Description = "csv (one level), json (the whole snapshot; one level with --level), sarif (findings, SARIF 2.1.0) or md (pull-request summary); default: from the --out extension, else csv",
        };
        format.AcceptOnlyFromAmong(Formats);
        var level = new Option<string>("--level", "-l")
        {
            Description = "Level of detail of csv (and of json when given)",
            DefaultValueFactory = _ => "member",
        };
        level.AcceptOnlyFromAmong("member", "type", "file", "project", "findings");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this file (.csv, .json, .sarif or .md) instead of stdout",
            HelpName = "file",
        };
        var baseline = new Option<string?>("--baseline", "-b")
        {
            Description = "md: snapshot id or git ref to compare with (default: the previous snapshot of the target)",
            HelpName = "id|git-ref",
        };
        var maxListed = new Option<int>("--max-listed")
        {
            Description = "md: findings listed per section before a count",
            HelpName = "n",
            DefaultValueFactory = _ => 10,
        };

        var command = new Command("report", "Export a recorded snapshot as CSV, JSON, SARIF or a Markdown summary");
        storage.AddTo(command);
        command.Options.Add(snapshot);
        command.Options.Add(format);
        command.Options.Add(level);
        command.Options.Add(output);
        command.Options.Add(baseline);
        command.Options.Add(maxListed);
        command.SetAction((parse, cancellationToken) => RunAsync(
            io,
            new Request(
                parse.GetValue(storage.Db),
                parse.GetValue(snapshot)!,
                parse.GetValue(format),
                Enum.Parse<ReportLevel>(parse.GetValue(level)!, ignoreCase: true),
                parse.GetResult(level) is { Implicit: false },
                parse.GetValue(output),
                parse.GetValue(baseline),
                Math.Max(0, parse.GetValue(maxListed))),
            cancellationToken));
        return command;
    }

    private sealed record Request(FileInfo? Db, string Snapshot, string? Format, ReportLevel Level, bool LevelGiven, FileInfo? Output, string? Baseline, int MaxListed);

    private static async Task<int> RunAsync(CliIO io, Request request, CancellationToken cancellationToken)
    {
        var format = request.Format ?? (request.Output is null ? "csv" : FormatOf(request.Output));
        if (format is null)
        {
            io.Fail($"--out must name a .csv, .json, .sarif or .md file, or --format must be given: {request.Output!.Name}");
            return ExitCodes.Usage;
        }

        var store = SnapshotRecorder.OpenForReading(request.Db);
        var (stored, error) = Find(store, request.Snapshot, cancellationToken);
        if (stored is null)
        {
            io.Fail(error!);
            return ExitCodes.Usage;
        }

        var root = Directory.Exists(stored.Info.RepositoryRoot) ? stored.Info.RepositoryRoot : SnapshotRecorder.FindRepositoryRoot(Directory.GetCurrentDirectory());
        Action<TextWriter> write;
        switch (format)
        {
            case "csv":
                write = w => TableWriter.Write(w, stored.Scan, request.Level, TableFormat.Csv);
                break;
            case "json" when request.LevelGiven:
                write = w => TableWriter.Write(w, stored.Scan, request.Level, TableFormat.Json);
                break;
            case "json":
                var cost = ConfigurationReader.Read(root).Cost;
                var header = new SnapshotHeader(stored.Info.Id, stored.Info.Metadata.Timestamp, stored.Info.Metadata.Commit, stored.Info.Metadata.Branch, stored.Info.Metadata.Mode, stored.Info.Metadata.ToolVersion);
                write = w => SnapshotJsonWriter.Write(w, header, stored.Scan, DebtCalculator.Compute(stored.Scan, cost));
                break;
            case "sarif":
                var catalog = ConfigurationReader.Read(root).Catalog;
                write = w => SarifWriter.Write(w, stored.Scan, catalog, stored.Info.Metadata.ToolVersion);
                break;
            default:
                var summary = await SummaryAsync(io, store, stored, request.Baseline, root, cancellationToken).ConfigureAwait(false);
                if (summary.Error is { } problem)
                {
                    io.Fail(problem.Message);
                    return problem.ExitCode;
                }

                write = w => PullRequestSummary.Write(w, summary.Summary!, request.MaxListed);
                break;
        }

        if (request.Output is null)
        {
            write(io.Out);
        }
        else
        {
            OutputFiles.WriteAtomically(request.Output, write);
            io.Error.WriteLine($"wrote {TextSafety.ForConsole(request.Output.FullName)}");
        }

        return ExitCodes.Ok;
    }

    private static string? FormatOf(FileInfo file) => file.Extension.ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".json" => "json",
        ".sarif" => "sarif",
        ".md" => "md",
        _ => null,
    };

    private static (StoredSnapshot? Snapshot, string? Error) Find(SnapshotStore store, string snapshot, CancellationToken cancellationToken)
    {
        int id;
        if (snapshot.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            if (store.Latest(cancellationToken: cancellationToken) is not { } latest)
            {
                return (null, $"no snapshot recorded in {store.Path}");
            }

            id = latest.Id;
        }
        else if (!int.TryParse(snapshot, NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return (null, $"--snapshot must be a snapshot id or 'latest': {snapshot}");
        }

        return store.Read(id, cancellationToken) is { } stored
            ? (stored, null)
            : (null, $"no snapshot #{id.ToString(CultureInfo.InvariantCulture)} in {store.Path} ('debtradar history' lists them)");
    }

    private static async Task<(Reports.Comparison.ChangeSummary? Summary, (int ExitCode, string Message)? Error)> SummaryAsync(
        CliIO io, SnapshotStore store, StoredSnapshot current, string? baseline, string root, CancellationToken cancellationToken)
    {
        var cost = ConfigurationReader.Read(root).Cost;
        if (baseline is null && store.Previous(current.Info, cancellationToken) is null)
        {
            return (SnapshotComparison.Create(current, null, cost), null);
        }

        var resolution = await BaselineResolver.ResolveAsync(io, store, current.Info, baseline, verbose: false, cancellationToken).ConfigureAwait(false);
        return resolution.Snapshot is { } found
            ? (SnapshotComparison.Create(current, found, cost), null)
            : (null, (resolution.ExitCode, resolution.Error ?? "no baseline"));
    }
}
