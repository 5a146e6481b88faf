using DebtRadar.Reports;
using System.CommandLine;
using System.Globalization;
using DebtRadar.Cli.Storage;
using Spectre.Console;

namespace DebtRadar.Cli.Commands;

/// <summary><c>debtradar history</c>: the recorded snapshots, oldest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliIO io)
    {
        var storage = new StorageOptionSet();
        var command = new Command("history", "List the recorded snapshots");
        storage.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(io, parse.GetValue(storage.Db), cancellationToken)));
        return command;
    }

    private static int Run(CliIO io, FileInfo? db, CancellationToken cancellationToken)
    {
        var store = SnapshotRecorder.OpenForReading(db);
        var snapshots = store.List(cancellationToken);
        if (snapshots.IsEmpty)
        {
            io.Error.WriteLine($"no snapshot recorded in {TextSafety.ForConsole(store.Path)}");
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "id", "date", "commit", "branch", "target", "mode", "files", "members", "lines", "cc total", "worst mi" })
        {
            table.AddColumn(column);
        }

        foreach (var s in snapshots)
        {
            var m = s.Metadata;
            table.AddRow(
                new Text(s.Id.ToString(CultureInfo.InvariantCulture)),
                new Text(m.Timestamp.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                new Text(TextSafety.ForConsole(m.Commit is { } c ? c[..Math.Min(10, c.Length)] + (m.Dirty ? "+" : string.Empty) : "-")),
                new Text(TextSafety.ForConsole(m.Branch ?? "-")),
                new Text(TextSafety.ForConsole(s.Target)),
                new Text(DebtRadar.Reports.Tables.ScanTables.ModeName(m.Mode)),
                new Text(s.Totals.Files.ToString(CultureInfo.InvariantCulture)),
                new Text(s.Totals.Members.ToString(CultureInfo.InvariantCulture)),
                new Text(s.Totals.Loc.ToString(CultureInfo.InvariantCulture)),
                new Text(s.Totals.CyclomaticTotal.ToString(CultureInfo.InvariantCulture)),
                new Text(s.Totals.WorstMi?.ToString(CultureInfo.InvariantCulture) ?? "-"));
        }

        io.OutConsole.Write(table);
        return ExitCodes.Ok;
    }
}
