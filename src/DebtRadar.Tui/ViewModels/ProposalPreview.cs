using System.Globalization;
using DebtRadar.Core.Debt;
using DebtRadar.Reports;
using DebtRadar.Tui.Data;

namespace DebtRadar.Tui.ViewModels;

/// <summary>
/// The proposal preview: "is it worth it?" — the figures of a selection from the stored snapshot
/// (debt, interest and breaking point as ranges with their sources, change frequency, blast radius,
/// owners); <c>w</c> asks the host to write the full pack.
/// </summary>
public sealed class ProposalPreview
{
    public ProposalPreview(SnapshotView snapshot, string? path, string? member)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        Target = new ProposalTarget(snapshot.Info.Id, path, member);
        Item = path is null
            ? snapshot.Debt.Solution
            : member is null
                ? snapshot.FileDebt.GetValueOrDefault(path)
                : snapshot.Debt.Members.FirstOrDefault(m => m.Path == path && m.Name == member);
    }

    public SnapshotView Snapshot { get; }

    public ProposalTarget Target { get; }

    /// <summary>The debt of the selection; null when it has no finding.</summary>
    public DebtItem? Item { get; }

    public IReadOnlyList<string> Lines()
    {
        var invariant = CultureInfo.InvariantCulture;
        var name = Target.Path is null ? Snapshot.Info.Target : Target.Member is null ? Target.Path : $"{Target.Member} in {Target.Path}";
        var lines = new List<string> { "Proposal for " + TextSafety.ForConsole(name), string.Empty };
        if (Item is null)
        {
            lines.Add("No finding here: nothing to remediate, so no debt and no interest to argue with.");
            return lines;
        }

        lines.Add(string.Create(invariant, $"debt            {Item.RemediationMinutes / 60:0.#} h to fix ({Item.Findings} findings) · ratio {Item.Ratio:0.0%} · rating {Item.Rating}"));

        // Member items carry no interest (DebtCalculator prices files and above): a member is priced through its file.
        var priced = Item.InterestMinutesPerYear is null && Target.Path is { } file && Target.Member is not null ? Snapshot.FileDebt.GetValueOrDefault(file) : Item;
        if (priced?.InterestMinutesPerYear is { High: > 0 } interest)
        {
            var of = ReferenceEquals(priced, Item) ? string.Empty : " (its file's)";
            lines.Add(string.Create(invariant, $"interest        {interest.Low / 60:0.#}–{interest.High / 60:0.#} h per year if left as is{of}"));
            lines.Add(priced.BreakingPointYears is { } years
                ? string.Create(invariant, $"breaking point  fixing pays back in {years.Low:0.#}–{years.High:0.#} years{of}")
                : "breaking point  none: no interest at this rating");
        }
        else
        {
            lines.Add(string.Create(invariant, $"interest        none: rating {priced?.Rating ?? Item.Rating} carries no penalty per change (Code Red's healthy band)"));
        }

        if (Target.Path is { } path)
        {
            lines.Add(Snapshot.Churn.GetValueOrDefault(path) is { } churn
                ? string.Create(invariant, $"change          {churn.Revisions} commits in the history window (~{churn.Revisions / SnapshotView.ChurnWindowYears:0.#}/year) · {churn.Added + churn.Deleted:N0} lines churned")
                : "change          no change recorded in the history window (priors used)");
            lines.Add(BlastRadius.Describe(Snapshot, path));
            lines.Add(Snapshot.Churn.GetValueOrDefault(path) is { } owners
                ? string.Create(invariant, $"owners          {owners.Authors} authors; the main author wrote {owners.MainAuthorShare:0%} of the added lines")
                : "owners          unknown (no history)");
        }
        else
        {
            lines.Add(string.Create(invariant, $"change          {Snapshot.Scan.Churn.Length} files changed in the history window"));
        }

        if (priced?.InterestMinutesPerYear is { } sourced)
        {
            lines.Add(string.Empty);
            lines.Add("where the numbers come from:");
            lines.AddRange(sourced.Sources.Select(s => "  " + TextSafety.ForConsole(s)));
        }

        lines.Add(string.Empty);
        lines.Add("w writes the full pack (debtradar proposal " + TextSafety.ForConsole(Target.Argument) + ") · Esc back");
        return lines;
    }
}
