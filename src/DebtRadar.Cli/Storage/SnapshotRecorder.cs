using DebtRadar.Reports;
using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Cli.Scanning;
using DebtRadar.Core.Model;
using DebtRadar.Storage;
using Spectre.Console;

namespace DebtRadar.Cli.Storage;

/// <summary>What the scanning commands share about the database: where it is, what a snapshot records, deltas.</summary>
internal static class SnapshotRecorder
{
    /// <summary>Metric definition versions recorded with every snapshot (METRICS.md).</summary>
    public static ImmutableSortedDictionary<string, string> MetricVersions { get; } = ImmutableSortedDictionary.CreateRange(
        StringComparer.Ordinal,
        ScanRunner.ToolVersion.Split('+').ElementAtOrDefault(1)?.Split(',')
            .Select(v => v.Split('/'))
            .Where(p => p.Length == 2)
            .Select(p => KeyValuePair.Create(p[0], p[1])) ?? []);

    public static SnapshotStore Open(FileInfo? db, string repositoryRoot) =>
        new(db?.FullName ?? SnapshotStore.DefaultPath(repositoryRoot));

    /// <summary>The store of the commands that only read: --db, else the repository around the current folder.</summary>
    public static SnapshotStore OpenForReading(FileInfo? db) =>
        Open(db, FindRepositoryRoot(Directory.GetCurrentDirectory()));

    /// <summary>The weakest mode any project was measured in (a full scan whose references did not all resolve is degraded).</summary>
    public static AnalysisMode ModeOf(ScanResult scan) =>
        scan.Projects.IsEmpty ? AnalysisMode.Full : scan.Projects.Max(p => p.Mode);

    public static SnapshotMetadata Metadata(DateTimeOffset started, DateTimeOffset finished, DateTimeOffset timestamp, GitState git, AnalysisMode mode, string configurationHash) => new(
        timestamp,
        started,
        finished,
        git.Commit,
        git.Branch,
        git.Dirty,
        mode,
        ScanRunner.ToolVersion,
        configurationHash,
        MetricVersions);

    /// <summary>One line after the scan summary: what changed since the previous snapshot of the target.</summary>
    public static void RenderDeltas(IAnsiConsole console, SnapshotInfo current, SnapshotInfo? previous, string databasePath)
    {
        if (previous is null)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recorded snapshot #{current.Id} (the first of this target) in {TextSafety.ForConsole(databasePath)}"));
            return;
        }

        var now = current.Totals;
        var then = previous.Totals;
        var worst = now.WorstMi is { } a && then.WorstMi is { } b ? Signed(a - b) : "n/a";
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Recorded snapshot #{current.Id}; since #{previous.Id} ({previous.Metadata.Timestamp:yyyy-MM-dd HH:mm}{(previous.Metadata.Commit is { } c ? ", " + c[..Math.Min(8, c.Length)] : string.Empty)}): " +
            $"members {Signed(now.Members - then.Members)} · lines {Signed(now.Loc - then.Loc)} · cc total {Signed(now.CyclomaticTotal - then.CyclomaticTotal)} · " +
            $"cognitive {Signed(now.CognitiveTotal - then.CognitiveTotal)} · worst MI {worst}"));
    }

    public static string FindRepositoryRoot(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return Path.TrimEndingDirectorySeparator(current.FullName);
            }
        }

        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
    }

    private static string Signed(int delta) => delta switch
    {
        > 0 => "+" + delta.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-delta).ToString(CultureInfo.InvariantCulture),
        _ => "±0",
    };
}
