using DebtRadar.Core.Debt;
using DebtRadar.History.Model;

namespace DebtRadar.Cli.Proposal;

/// <summary>What a proposal is computed with.</summary>
/// <param name="Cost">The repository's cost model (debt ratio, rating, interest).</param>
/// <param name="BugFixes">Which commit messages count as bug fixes.</param>
/// <param name="Since">History window start; null for 12 months before the snapshot's commit.</param>
/// <param name="HourlyRate">Money per hour.</param>
/// <param name="Currency">Currency code.</param>
/// <param name="MinBugFixCommits">Bug-fix commits needed before this repository's history replaces the priors.</param>
/// <param name="MinFilesPerGroup">Files needed in each of the calibration's groups.</param>
internal sealed record ProposalOptions(
    CostModel Cost,
    BugFixClassifier BugFixes,
    WhenExpression? Since = null,
    double HourlyRate = 95,
    string Currency = "EUR",
    int MinBugFixCommits = 20,
    int MinFilesPerGroup = 5);
