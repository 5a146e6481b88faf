using System.CommandLine;
using System.Globalization;
using DebtRadar.Cli.Storage;

namespace DebtRadar.Cli.Commands;

/// <summary><c>debtradar prune</c>: forget old snapshots and the results only they used.</summary>
internal static class PruneCommand
{
    public static Command Create(CliIO io)
    {
        var storage = new StorageOptionSet();
        var keep = new Option<int?>("--keep") { Description = "Keep only the newest N snapshots" };
        var olderThan = new Option<int?>("--older-than-days") { Description = "Remove snapshots dated more than N days ago" };
        keep.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0)
            {
                r.AddError("--keep must be 0 or more");
            }
        });
        olderThan.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0)
            {
                r.AddError("--older-than-days must be 0 or more");
            }
        });

        var command = new Command("prune", "Remove old snapshots and the stored results no remaining snapshot uses");
        storage.AddTo(command);
        command.Options.Add(keep);
        command.Options.Add(olderThan);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(io, parse.GetValue(storage.Db), parse.GetValue(keep), parse.GetValue(olderThan), cancellationToken)));
        return command;
    }

    private static int Run(CliIO io, FileInfo? db, int? keep, int? olderThanDays, CancellationToken cancellationToken)
    {
        if (keep is null && olderThanDays is null)
        {
            io.Fail("say what to remove: --keep N and/or --older-than-days N");
            return ExitCodes.Usage;
        }

        var store = SnapshotRecorder.OpenForReading(db);
        var cutoff = olderThanDays is { } days ? io.Time.GetUtcNow().AddDays(-days) : (DateTimeOffset?)null;
        var result = store.Prune(keep, cutoff, cancellationToken);
        io.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"removed {result.SnapshotsRemoved} snapshot(s) and {result.ResultsRemoved} stored file result(s); {result.SnapshotsKept} snapshot(s) kept"));
        return ExitCodes.Ok;
    }
}
