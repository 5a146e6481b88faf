using System.Globalization;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Scanning;
using DebtRadar.Cli.Storage;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage;
using DebtRadar.Tui.Data;
using DebtRadar.Workspace;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Cli.Dashboard;

/// <summary>
/// The dashboard's rescan: what <c>debtradar scan</c> does (ScanCommand), recorded in the dashboard's
/// database, with per-document progress for the status line instead of a bar on stderr.
/// </summary>
internal static class DashboardRescan
{
    /// <summary>Scans the snapshot's target again in its mode (a syntax-only snapshot stays syntax-only: no code of the repository runs).</summary>
    public static async Task<ServiceOutcome> RunAsync(SnapshotStore store, SnapshotInfo? snapshot, string currentFolder, IProgress<RescanProgress> progress, TimeProvider time, CancellationToken cancellationToken)
    {
        var path = snapshot is null ? currentFolder : Path.GetFullPath(Path.Combine(snapshot.RepositoryRoot, snapshot.Target));
        var syntaxOnly = snapshot?.Metadata.Mode == AnalysisMode.SyntaxOnly;
        var resolution = TargetResolver.Resolve(path);
        if (resolution.Error is { } error)
        {
            return new ServiceOutcome(false, "Rescan failed: " + error.Message);
        }

        progress.Report(new RescanProgress("loading " + Path.GetFileName(resolution.TargetPath), 0, 0));
        var target = ScanRunner.DisplayTarget(resolution);
        store.EnsureUsable(cancellationToken);
        var cache = store.OpenCache(target, cancellationToken);
        var configuration = ConfigurationReader.Read(resolution.RepositoryRoot);
        var rules = configuration.Rules;
        var started = time.GetUtcNow();
        var source = ProjectSources.Create(resolution, new LoadOptions(syntaxOnly, null, TimeSpan.FromSeconds(300)));
        var options = new ScanOptions(Environment.ProcessorCount, cache, rules.Hash, ScanRunner.ToolVersion) { Rules = rules };
        var scanProgress = new Progress<ScanProgress>(p => progress.Report(new RescanProgress(p.Project, p.FilesDone, p.FilesTotal)));
        var scan = await ScanEngine.ScanAsync(source, target, options, scanProgress, time, cancellationToken).ConfigureAwait(false);
        if (scan.Projects.Sum(p => p.Files.Length) == 0)
        {
            return new ServiceOutcome(false, "Rescan found no C# source file in " + path);
        }

        progress.Report(new RescanProgress("reading git history", 0, 0));
        var history = await ChangeFrequencies.ReadAsync(scan.RepositoryRoot, writeCache: true, cancellationToken).ConfigureAwait(false);
        scan = ChangeFrequencies.WithChurn(scan, history);
        cancellationToken.ThrowIfCancellationRequested();

        progress.Report(new RescanProgress("recording", 0, 0));
        var git = GitState.Read(scan.RepositoryRoot);
        var info = store.Write(scan, SnapshotRecorder.Metadata(started, time.GetUtcNow(), started, git, SnapshotRecorder.ModeOf(scan), rules.Hash), cache, CancellationToken.None);
        return new ServiceOutcome(true, string.Create(CultureInfo.InvariantCulture, $"Recorded snapshot #{info.Id}: {info.Totals.Files} files, {cache.Hits} results reused."));
    }
}
