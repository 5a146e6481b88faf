using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.History.Coupling;
using DebtRadar.History.Model;
using DebtRadar.Reports.Proposal;

namespace DebtRadar.Cli.Proposal;

/// <summary>Revisions, churn per month, authors and change coupling of the target over the history window.</summary>
internal static class HistoryFiguresBuilder
{
    public const int CouplingRows = 10;

    public static HistoryFigures For(ResolvedTarget target, ProposalContext context, CancellationToken cancellationToken)
    {
        var source = context.History;
        var notes = source.History.Diagnostics.Select(d => d.Message).ToImmutableArray();
        if (!source.Available)
        {
            return HistoryFigures.None(source.Reason!, notes);
        }

        var history = source.History;
        var files = target.Files.ToHashSet(StringComparer.Ordinal);
        var sets = history.ChangeSets.Where(c => c.Files.Any(files.Contains)).ToList();
        var perFile = history.Files.Where(f => files.Contains(f.Path)).ToList();
        var authors = sets.GroupBy(c => c.Author, StringComparer.Ordinal)
            .Select(g => new AuthorShare(g.Key, g.Count()))
            .OrderByDescending(a => a.Revisions).ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToImmutableArray();

        string? main;
        double share;
        string basis;
        if (perFile.Count == 1)
        {
            (main, share, basis) = (perFile[0].MainAuthor, perFile[0].MainAuthorShare, "lines added");
        }
        else
        {
            (main, share, basis) = authors.IsEmpty ? (null, 0, "commits") : (authors[0].Name, (double)authors[0].Revisions / sets.Count, "commits");
        }

        var options = CouplingOptions.Default;
        var coupling = ChangeCoupling.Compute(history.ChangeSets, 30, options, cancellationToken)
            .Where(p => files.Contains(p.File) != files.Contains(p.Coupled))
            .Select(p => files.Contains(p.File)
                ? new CoupledFile(p.Coupled, p.File, p.Degree, p.SharedRevisions, p.CoupledRevisions)
                : new CoupledFile(p.File, p.Coupled, p.Degree, p.SharedRevisions, p.FileRevisions))
            .Take(CouplingRows)
            .ToImmutableArray();
        var thresholds = string.Create(
            CultureInfo.InvariantCulture,
            $"code-maat defaults: mean revisions ≥ {options.MinRevisions}, shared ≥ {options.MinSharedRevisions}, degree ≥ {options.MinDegree} %, commits of more than 30 files left out");

        return new HistoryFigures(
            true,
            null,
            history.Since,
            history.Until,
            sets.Count,
            history.ChangeSets.Length,
            perFile.Sum(f => f.Added),
            perFile.Sum(f => f.Deleted),
            authors,
            main,
            share,
            basis,
            Months(history.Since!.Value, history.Until!.Value, sets, files, context),
            coupling,
            thresholds,
            notes);
    }

    private static ImmutableArray<MonthActivity> Months(DateTimeOffset since, DateTimeOffset until, List<ChangeSet> sets, HashSet<string> files, ProposalContext context)
    {
        static string Key(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var revisions = sets.GroupBy(c => Key(c.CommitTime)).ToDictionary(g => g.Key, g => (Count: g.Count(), Fixes: g.Count(c => context.BugFixShas.Contains(c.Commit))), StringComparer.Ordinal);
        var lines = context.History.Commits
            .SelectMany(c => c.Changes.Where(x => files.Contains(x.Path)).Select(x => (Month: Key(c.Time), x.Added, x.Deleted)))
            .GroupBy(x => x.Month, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Added: g.Sum(x => x.Added), Deleted: g.Sum(x => x.Deleted)), StringComparer.Ordinal);
        var months = ImmutableArray.CreateBuilder<MonthActivity>();
        for (var month = new DateTime(since.UtcDateTime.Year, since.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc); month <= until.UtcDateTime; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var r = revisions.GetValueOrDefault(key);
            var l = lines.GetValueOrDefault(key);
            months.Add(new MonthActivity(key, r.Count, l.Added, l.Deleted, r.Fixes));
        }

        return months.ToImmutable();
    }
}
