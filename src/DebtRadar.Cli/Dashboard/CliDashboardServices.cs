using DebtRadar.Storage;
using DebtRadar.Tui.Data;

namespace DebtRadar.Cli.Dashboard;

/// <summary>The dashboard's host services: rescan through the scan pipeline; proposals through <c>debtradar proposal</c> when this build has it.</summary>
internal sealed class CliDashboardServices(SnapshotStore store, CliIO io, string currentFolder) : IDashboardServices
{
    public Task<ServiceOutcome> RescanAsync(SnapshotInfo? snapshot, IProgress<RescanProgress> progress, CancellationToken cancellationToken) =>
        DashboardRescan.RunAsync(store, snapshot, currentFolder, progress, io.Time, cancellationToken);

    public Task<ServiceOutcome> WriteProposalAsync(ProposalTarget target, CancellationToken cancellationToken) =>
        Task.FromResult(new ServiceOutcome(false, $"Proposal packs are not available in this build: run `debtradar proposal {target.Argument}` from a build that has it."));
}
