using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Proposal;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Proposal;

/// <summary>A built proposal, or the one line that says why there is none; with the time of each phase.</summary>
internal sealed record ProposalResult(ImmutableArray<ProposalPack> Packs, string? Error, ImmutableArray<PhaseTiming> Phases)
{
    public ProposalPack? Pack => Packs.IsEmpty ? null : Packs[0];
}

/// <summary>
/// Assembles proposal packs from a stored snapshot and the git history behind it. Returns data only
/// (no console), so the CLI and the dashboard can both render it.
/// </summary>
internal sealed class ProposalBuilder
{
    private readonly SnapshotStore store;
    private readonly TimeProvider time;

    public ProposalBuilder(SnapshotStore store, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The pack for <paramref name="target"/> at snapshot <paramref name="snapshotId"/>.</summary>
    public async Task<ProposalResult> BuildAsync(string target, int snapshotId, ProposalOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var phases = ImmutableArray.CreateBuilder<PhaseTiming>();
        var (context, error) = await LoadAsync(snapshotId, options, phases, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return new ProposalResult([], error, phases.ToImmutable());
        }

        var started = time.GetTimestamp();
        var resolved = TargetMatcher.Resolve(target, context.Scan, out var problem);
        if (resolved is null)
        {
            return new ProposalResult([], string.Create(CultureInfo.InvariantCulture, $"{problem} in snapshot #{snapshotId}"), phases.ToImmutable());
        }

        var pack = Assemble(resolved, context, cancellationToken);
        phases.Add(new PhaseTiming("assemble", time.GetElapsedTime(started)));
        return new ProposalResult([pack], null, phases.ToImmutable());
    }

    /// <summary>
    /// Packs for the <paramref name="count"/> files with the best expected return: interest hours per year
    /// avoided per hour of remediation (the midpoint of its range, member-level when member history exists),
    /// among files with findings and interest.
    /// </summary>
    public async Task<ProposalResult> BuildTopAsync(int count, int snapshotId, ProposalOptions options, CancellationToken cancellationToken)
    {
        var phases = ImmutableArray.CreateBuilder<PhaseTiming>();
        var (context, error) = await LoadAsync(snapshotId, options, phases, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return new ProposalResult([], error, phases.ToImmutable());
        }

        var started = time.GetTimestamp();
        var byFile = context.MemberChanges.ToLookup(m => m.File, StringComparer.Ordinal);
        var candidates = context.Debt.Files
            .Where(f => f.RemediationMinutes > 0)
            .Select(f => (File: f, Interest: context.MemberChanges.IsEmpty
                ? f.InterestMinutesPerYear is { } r ? (r.Low + r.High) / 2 / 60 : 0
                : MidHours(MemberInterest.Hours([.. byFile[f.Path]], context.History.Years, options.Cost))))
            .Where(c => c.Interest > 0)
            .OrderByDescending(c => c.Interest / (c.File.RemediationMinutes / 60))
            .ThenBy(c => c.File.Path, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.File)
            .ToList();
        var packs = candidates
            .Select(f => TargetMatcher.Resolve(f.Path, context.Scan, out _)!)
            .Select(t => Assemble(t, context, cancellationToken))
            .ToImmutableArray();
        phases.Add(new PhaseTiming("assemble", time.GetElapsedTime(started)));
        return new ProposalResult(packs, packs.IsEmpty ? "no file has both findings and interest in this snapshot" : null, phases.ToImmutable());
    }

    private static double MidHours(Core.Debt.Range range) => (range.Low + range.High) / 2;

    internal static ProposalPack Assemble(ResolvedTarget target, ProposalContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var info = context.Snapshot.Info;
        var files = context.Files.Where(f => target.Files.Contains(f.Path)).ToList();
        var members = target.Kind == TargetKind.Type
            ? files.Sum(f => f.Members.Count(m => m.Type == target.Types[0]))
            : files.Sum(f => f.Members.Length);
        var lines = target.Kind == TargetKind.Type
            ? context.Types.First(t => t.Name == target.Types[0]).SourceLines
            : files.Sum(f => f.SourceLines);
        var findings = BusinessCaseFigures.Findings(target, context);
        var debt = BusinessCaseFigures.Debt(target, findings, context);
        return new ProposalPack(
            new ProposalHeading(
                target.Name,
                target.Kind,
                info.Id,
                info.Metadata.Commit,
                info.Metadata.Timestamp,
                info.Metadata.ToolVersion,
                Reports.Tables.ScanTables.ModeName(info.Metadata.Mode),
                [.. info.Metadata.MetricVersions.Select(kv => kv.Key + "/" + kv.Value)]),
            new ProposalScope(target.Files, target.Types, members, lines, context.Files.Length, context.Files.Sum(f => f.SourceLines)),
            MeasurementFigures.For(target, context),
            BusinessCaseFigures.Tally(findings),
            debt,
            HistoryFiguresBuilder.For(target, context, cancellationToken),
            TrendAndMapFigures.Trend(target, context),
            TrendAndMapFigures.Map(target, context),
            BlastRadiusFigures.For(target, context),
            BusinessCaseFigures.Case(target, debt, context));
    }

    private async Task<(ProposalContext? Context, string? Error)> LoadAsync(int snapshotId, ProposalOptions options, ImmutableArray<PhaseTiming>.Builder phases, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (store.Read(snapshotId, cancellationToken) is not { } snapshot)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"no snapshot #{snapshotId} in {store.Path} ('debtradar history' lists them)"));
        }

        var trend = store.Trend(TrendScope.File, snapshot.Info.Target, cancellationToken);
        phases.Add(new PhaseTiming("read snapshot", time.GetElapsedTime(started)));
        started = time.GetTimestamp();
        var history = await SnapshotHistory.ReadAsync(snapshot.Info, options.Since, cancellationToken).ConfigureAwait(false);
        phases.Add(new PhaseTiming("read history", time.GetElapsedTime(started)));
        started = time.GetTimestamp();
        var context = new ProposalContext(snapshot, history, trend, options);
        phases.Add(new PhaseTiming("debt and hotspots", time.GetElapsedTime(started)));
        return (context, null);
    }
}
