using DebtRadar.Tui.Data;
using DebtRadar.Tui.ViewModels;

namespace DebtRadar.Tui.Views;

internal sealed partial class DashboardShell
{
    private void StartRescan()
    {
        var cancellation = new CancellationTokenSource();
        _rescan = cancellation;
        Say("Rescanning… (Esc cancels)");
        var progress = new Progress<RescanProgress>(p => _app.Invoke(() =>
        {
            if (ReferenceEquals(_rescan, cancellation))
            {
                Say(ShellText.Progress(p));
            }
        }));
        var snapshot = _shown?.Info;
        _ = Task.Run(async () =>
        {
            ServiceOutcome outcome;
            try
            {
                outcome = await Context.Services.RescanAsync(snapshot, progress, cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                outcome = new ServiceOutcome(false, "Rescan cancelled: nothing was recorded.");
            }

            _app.Invoke(() => RescanFinished(cancellation, outcome));
        });
    }

    private void RescanFinished(CancellationTokenSource cancellation, ServiceOutcome outcome)
    {
        _rescan = null;
        cancellation.Dispose();
        if (outcome.Succeeded)
        {
            _data.Refresh();
            ShowSnapshot(_data.Snapshots.IsEmpty ? null : _data.Snapshots[^1].Id);
        }

        Say(outcome.Message);
    }

    private async Task WriteProposalAsync(ProposalTarget target)
    {
        ServiceOutcome outcome;
        try
        {
            outcome = await Context.Services.WriteProposalAsync(target, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            outcome = new ServiceOutcome(false, "Proposal cancelled.");
        }

        _app.Invoke(() => Say(outcome.Message));
    }
}
