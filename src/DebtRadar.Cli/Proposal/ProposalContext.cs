using System.Collections.Immutable;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.History.Hotspots;
using DebtRadar.History.Model;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Proposal;

/// <summary>Everything read once for a snapshot, shared by every target proposed from it.</summary>
internal sealed class ProposalContext
{
    public ProposalContext(StoredSnapshot snapshot, SnapshotHistory history, ImmutableArray<TrendRow> fileTrend, ProposalOptions options)
    {
        Snapshot = snapshot;
        History = history;
        FileTrend = fileTrend;
        Options = options;
        Files = [.. snapshot.Scan.Projects.SelectMany(p => p.Files).DistinctBy(f => f.Path).OrderBy(f => f.Path, StringComparer.Ordinal)];
        Types = [.. snapshot.Scan.Projects.SelectMany(p => p.Types).DistinctBy(t => t.Name)];
        Debt = DebtCalculator.Compute(snapshot.Scan, options.Cost, Scanning.ChangeFrequencies.PerFile(history.History));
        Hotspots = history.Available ? HotspotRanking.Files(Files, history.History.Files) : [];
        var fixes = history.Commits.Where(c => options.BugFixes.IsBugFix(c.Message)).Select(c => c.Sha);
        BugFixShas = fixes.ToImmutableHashSet(StringComparer.Ordinal);
        MemberChanges = history.Members is { } members ? MemberInterest.Changes(Files, members, Debt) : [];
    }

    /// <summary>Every member with its rating and revisions in the window; empty without member history.</summary>
    public ImmutableArray<MemberChange> MemberChanges { get; }

    public StoredSnapshot Snapshot { get; }

    public ScanResult Scan => Snapshot.Scan;

    public SnapshotHistory History { get; }

    public ImmutableArray<TrendRow> FileTrend { get; }

    public ProposalOptions Options { get; }

    /// <summary>Every file once (a file linked into two projects is one file), ordinal by path.</summary>
    public ImmutableArray<FileResult> Files { get; }

    /// <summary>Every type once.</summary>
    public ImmutableArray<TypeResult> Types { get; }

    public DebtReport Debt { get; }

    /// <summary>Every scanned file that changed in the window, ranked (the <c>hotspots</c> ranking).</summary>
    public ImmutableArray<Hotspot> Hotspots { get; }

    /// <summary>Commits whose message matched the bug-fix patterns.</summary>
    public ImmutableHashSet<string> BugFixShas { get; }

    /// <summary>All findings of the snapshot that belong to a file (file, member and type scope).</summary>
    public IEnumerable<Finding> FileFindings =>
        Scan.Projects.SelectMany(p => p.Files.DistinctBy(f => f.Path).SelectMany(f => f.Findings).Concat(p.Findings));
}
