using DebtRadar.Reports;
using System.CommandLine;
using System.Globalization;
using DebtRadar.Cli.Storage;
using DebtRadar.Reports.Tables;

namespace DebtRadar.Cli.Commands;

/// <summary><c>debtradar report</c>: export a stored snapshot with the columns of <c>scan --out</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(CliIO io)
    {
        var storage = new StorageOptionSet();
        var snapshot = new Option<string>("--snapshot", "-s")
        {
            Description = "Snapshot id, or 'latest'",
            DefaultValueFactory = _ => "latest",
        };
        var level = new Option<string>("--level", "-l")
        {
            Description = "Level of detail",
            DefaultValueFactory = _ => "member",
        };
        level.AcceptOnlyFromAmong("member", "type", "file", "project", "findings");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write to this .csv or .json file (default: CSV on stdout)",
        };

        var command = new Command("report", "Export a recorded snapshot as CSV or JSON");
        storage.AddTo(command);
        command.Options.Add(snapshot);
        command.Options.Add(level);
        command.Options.Add(output);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            io,
            parse.GetValue(storage.Db),
            parse.GetValue(snapshot)!,
            Enum.Parse<ReportLevel>(parse.GetValue(level)!, ignoreCase: true),
            parse.GetValue(output),
            cancellationToken)));
        return command;
    }

    private static int Run(CliIO io, FileInfo? db, string snapshot, ReportLevel level, FileInfo? output, CancellationToken cancellationToken)
    {
        var format = TableFormat.Csv;
        if (output is not null && OutputFiles.FormatOf(output) is not { } chosen)
        {
            io.Fail($"--out must name a .csv or .json file: {output.Name}");
            return ExitCodes.Usage;
        }
        else if (output is not null)
        {
            format = OutputFiles.FormatOf(output)!.Value;
        }

        var store = SnapshotRecorder.OpenForReading(db);
        int id;
        if (snapshot.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            if (store.Latest(cancellationToken: cancellationToken) is not { } latest)
            {
                io.Fail($"no snapshot recorded in {store.Path}");
                return ExitCodes.Usage;
            }

            id = latest.Id;
        }
        else if (!int.TryParse(snapshot, NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            io.Fail($"--snapshot must be a snapshot id or 'latest': {snapshot}");
            return ExitCodes.Usage;
        }

        if (store.Read(id, cancellationToken) is not { } stored)
        {
            io.Fail($"no snapshot #{id.ToString(CultureInfo.InvariantCulture)} in {store.Path} ('debtradar history' lists them)");
            return ExitCodes.Usage;
        }

        if (output is null)
        {
            TableWriter.Write(io.Out, stored.Scan, level, format);
        }
        else
        {
            OutputFiles.WriteAtomically(output, writer => TableWriter.Write(writer, stored.Scan, level, format));
            io.Error.WriteLine($"wrote {TextSafety.ForConsole(output.FullName)}");
        }

        return ExitCodes.Ok;
    }
}
