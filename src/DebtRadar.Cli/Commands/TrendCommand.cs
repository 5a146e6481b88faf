using DebtRadar.Reports;
using System.CommandLine;
using System.Globalization;
using CsvHelper;
using DebtRadar.Cli.Storage;
using DebtRadar.Reports.Tables;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Commands;

/// <summary><c>debtradar trend</c>: one CSV row per snapshot (and project or file).</summary>
internal static class TrendCommand
{
    public static Command Create(CliIO io)
    {
        var storage = new StorageOptionSet();
        var by = new Option<string>("--by")
        {
            Description = "One row per snapshot and what",
            DefaultValueFactory = _ => "solution",
        };
        by.AcceptOnlyFromAmong("solution", "project", "file");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this .csv file (default: stdout)" };

        var command = new Command("trend", "Totals of every recorded snapshot as CSV, for charts and pipelines");
        storage.AddTo(command);
        command.Options.Add(by);
        command.Options.Add(output);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            io, parse.GetValue(storage.Db), Enum.Parse<TrendScope>(parse.GetValue(by)!, ignoreCase: true), parse.GetValue(output), cancellationToken)));
        return command;
    }

    internal static IEnumerable<TrendCsvRow> Rows(IEnumerable<TrendRow> rows) => rows.Select(r => new TrendCsvRow
    {
        Snapshot = r.Snapshot,
        Timestamp = r.Timestamp.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        Commit = r.Commit ?? string.Empty,
        Scope = r.Scope,
        Files = r.Totals.Files,
        Members = r.Totals.Members,
        Loc = r.Totals.Loc,
        CcTotal = r.Totals.CyclomaticTotal,
        CognitiveTotal = r.Totals.CognitiveTotal,
        MiAvg = r.Totals.MiAverage is { } mi ? Math.Round(mi, 2) : null,
        WorstMi = r.Totals.WorstMi,
        CouplingAvg = r.Totals.CouplingAverage is { } c ? Math.Round(c, 2) : null,
        Findings = r.Totals.Findings,
        DebtMinutes = r.Totals.DebtMinutes,
        HealthAvg = r.Totals.HealthAverage,
        HotspotHealth = r.Totals.HotspotHealth,
    });

    private static int Run(CliIO io, FileInfo? db, TrendScope scope, FileInfo? output, CancellationToken cancellationToken)
    {
        if (output is not null && !output.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            io.Fail($"--out must name a .csv file: {output.Name}");
            return ExitCodes.Usage;
        }

        var rows = Rows(SnapshotRecorder.OpenForReading(db).Trend(scope, cancellationToken: cancellationToken)).ToList();
        if (output is null)
        {
            TableWriter.Write(io.Out, rows, TableFormat.Csv);
        }
        else
        {
            OutputFiles.WriteAtomically(output, writer => TableWriter.Write(writer, rows, TableFormat.Csv));
            io.Error.WriteLine($"wrote {TextSafety.ForConsole(output.FullName)} ({rows.Count.ToString(CultureInfo.InvariantCulture)} rows)");
        }

        return ExitCodes.Ok;
    }
}
