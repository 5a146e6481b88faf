using DebtRadar.Cli.Commands;
using DebtRadar.Reports;
using DebtRadar.Storage;
using DebtRadar.Tui.Data;

namespace DebtRadar.Cli.Dashboard;

/// <summary>The dashboard's host services: rescan through the scan pipeline; proposal packs through <c>debtradar proposal</c>'s own writer.</summary>
internal sealed class CliDashboardServices(SnapshotStore store, CliIO io, string currentFolder) : IDashboardServices
{
    public Task<ServiceOutcome> RescanAsync(SnapshotInfo? snapshot, IProgress<RescanProgress> progress, CancellationToken cancellationToken) =>
        DashboardRescan.RunAsync(store, snapshot, currentFolder, progress, io.Time, cancellationToken);

    public async Task<ServiceOutcome> WriteProposalAsync(ProposalTarget target, CancellationToken cancellationToken)
    {
        // The pack covers a file: a member selection writes its file's pack, where the member is listed.
        if (target.Path is not { } path)
        {
            return new ServiceOutcome(false, "Select a file or member first: a proposal is written for one target.");
        }

        var folder = new DirectoryInfo(Path.Combine(currentFolder, "debtradar-proposal", Path.GetFileNameWithoutExtension(path)));
        var (written, error) = await ProposalCommand.WriteQuietlyAsync(store, path, target.SnapshotId, folder, io, cancellationToken).ConfigureAwait(false);
        return written is null
            ? new ServiceOutcome(false, TextSafety.ForConsole(error ?? "the pack could not be built"))
            : new ServiceOutcome(true, $"wrote {TextSafety.ForConsole(written)}");
    }
}
