using System.CommandLine;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Dashboard;
using DebtRadar.Cli.Storage;
using DebtRadar.Tui.Data;

namespace DebtRadar.Cli.Commands;

/// <summary><c>debtradar dashboard</c>: the terminal dashboard of hotspots, trends and proposals over the recorded snapshots.</summary>
internal static class DashboardCommand
{
    public static Command Create(CliIO io)
    {
        var storage = new StorageOptionSet();
        var command = new Command("dashboard", "Browse hotspots, files, findings, trends and snapshots in the terminal");
        storage.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(io, parse.GetValue(storage.Db), cancellationToken)));
        return command;
    }

    private static int Run(CliIO io, FileInfo? db, CancellationToken cancellationToken)
    {
        var store = SnapshotRecorder.OpenForReading(db);
        // The rules and cost model of the repository the snapshots are of (else of the current folder's).
        var latest = store.Latest(cancellationToken: cancellationToken);
        var root = latest?.RepositoryRoot is { } recorded && Directory.Exists(recorded) ? recorded : SnapshotRecorder.FindRepositoryRoot(Directory.GetCurrentDirectory());
        var configuration = ConfigurationReader.Read(root);
        var services = new CliDashboardServices(store, io, Directory.GetCurrentDirectory());
        Tui.Dashboard.Run(new DashboardContext(store, services, configuration.Cost, configuration.Catalog));
        return ExitCodes.Ok;
    }
}
