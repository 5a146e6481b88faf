using DebtRadar.Reports;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage;
using DebtRadar.Workspace;
using DebtRadar.Workspace.Reuse;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Cli.Scanning;

/// <summary>The composition of a scan: resolve the target, load it, measure it, with progress on stderr.</summary>
internal static class ScanRunner
{
    /// <summary>The tool's version as stored with results; bump the metric definitions when a metric changes.</summary>
    public static string ToolVersion { get; } =
        (typeof(ScanRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0") + "+cc.ms/1,cog.sonar/1,mi.ms/1,coupling.ms/1,clones/1,health/1";

    /// <summary>
    /// A scan with the rules of <paramref name="rules"/> (none when null); their hash is part of every cache key.
    /// The load cache lives in <paramref name="loadCacheFolder"/>, by default (with a result cache)
    /// <c>load-cache</c> beside the repository's default database; no result cache (--no-db,
    /// --no-cache) means no load cache either: a cold scan. A <paramref name="reuse"/> carries reference
    /// assemblies and compilations from one scan of the target to the next (a backfill).
    /// </summary>
    public static async Task<ScanOutcome> RunAsync(ScanRequest request, CliIO io, IFileResultCache? cache, Core.Rules.RuleSet? rules, CancellationToken cancellationToken, Core.Health.CoverageInput? coverage = null, string? loadCacheFolder = null, CompilationReuse? reuse = null)
    {
        var resolution = TargetResolver.Resolve(request.Path);
        if (resolution.Error is { } error)
        {
            io.Fail(error.Message);
            return ScanOutcome.Failed(error.ExitCode);
        }

        var loadOptions = new LoadOptions(request.SyntaxOnly, request.Framework, request.LoadTimeout)
        {
            CacheFolder = cache is null ? null : loadCacheFolder ?? LoadCacheFolder(SnapshotStore.DefaultPath(resolution.RepositoryRoot)),
            Reuse = reuse,
        };
        var source = ProjectSources.Create(resolution, loadOptions);
        var options = new ScanOptions(request.Jobs, cache, rules?.Hash ?? string.Empty, ToolVersion) { Rules = rules ?? Core.Rules.RuleSet.None, Coverage = coverage };
        var result = await ScanProgressDisplay.RunAsync(
            io,
            progress => ScanEngine.ScanAsync(source, DisplayTarget(resolution), options, progress, io.Time, cancellationToken)).ConfigureAwait(false);

        if (result.Projects.Sum(p => p.Files.Length) == 0)
        {
            foreach (var diagnostic in result.Diagnostics.Concat(result.Projects.SelectMany(p => p.Diagnostics)))
            {
                io.Error.WriteLine(TextSafety.ForConsole(DiagnosticLine(diagnostic)));
            }

            io.Fail($"nothing to scan: no C# source file found in {TextSafety.ForConsole(request.Path)}");
            return ScanOutcome.Failed(ExitCodes.NothingScannable);
        }

        return new ScanOutcome(result, resolution, ExitCodes.Ok);
    }

    /// <summary>The load cache's folder for a database file: beside it.</summary>
    public static string LoadCacheFolder(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "load-cache");

    public static string DiagnosticLine(ScanDiagnostic diagnostic) =>
        $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}: {diagnostic.Message}{(diagnostic.Path is null ? string.Empty : $" ({diagnostic.Path})")}";

    internal static string DisplayTarget(TargetResolution resolution)
    {
        var relative = Path.GetRelativePath(resolution.RepositoryRoot, resolution.TargetPath).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? resolution.TargetPath : relative;
    }
}

/// <summary>A finished scan, or the exit code of why there is none.</summary>
internal sealed record ScanOutcome(ScanResult? Result, TargetResolution? Target, int ExitCode)
{
    public static ScanOutcome Failed(int exitCode) => new(null, null, exitCode);
}
