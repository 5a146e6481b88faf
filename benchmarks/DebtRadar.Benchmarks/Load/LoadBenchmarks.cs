using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DebtRadar.Core.Model;
using DebtRadar.SyntheticCorpus;
using DebtRadar.Workspace;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Benchmarks.Load;

/// <summary>
/// The load phase alone on a small generated solution written to disk and restored: a full MSBuild
/// load with no load cache (MSBuild evaluation in the BuildHost, then compilations), a full load on a
/// load-cache hit (no MSBuild), and the syntax-only load. Each operation yields every project, as the
/// engine asks for them, and holds nothing afterwards. Process start and JIT of the CLI are outside.
/// Run without <c>--quick</c> (its in-process job stops at 5 minutes, less than one cold load takes on
/// a busy machine): <see cref="LoadJobConfig"/> gives a short in-process job with a longer limit.
/// </summary>
[Config(typeof(LoadJobConfig))]
public class LoadBenchmarks
{
    private string folder = null!;
    private TargetResolution target = null!;
    private string cacheFolder = null!;

    [Params(2_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "debtradar-load-bench-" + Environment.ProcessId);
        var solution = SolutionWriter.Write(CorpusGenerator.Generate(new CorpusOptions(Lines)), folder);
        Restore(solution);
        target = TargetResolver.Resolve(solution);
        if (!target.Succeeded)
        {
            throw new InvalidOperationException(target.Error!.Message);
        }

        // One load fills the cache that CacheHit reads; the fingerprint stays valid as nothing is edited.
        cacheFolder = Path.Combine(folder, ".debtradar", "load-cache");
        var files = LoadAsync(Full with { CacheFolder = cacheFolder }).GetAwaiter().GetResult();
        if (files == 0)
        {
            throw new InvalidOperationException("the generated solution loaded no file");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true)]
    public Task<int> FullCacheMiss() => LoadAsync(Full);

    [Benchmark]
    public Task<int> FullCacheHit() => LoadAsync(Full with { CacheFolder = cacheFolder });

    [Benchmark]
    public Task<int> SyntaxOnly() => LoadAsync(new LoadOptions(true, null, TimeSpan.FromMinutes(5)));

    private static LoadOptions Full { get; } = new(false, null, TimeSpan.FromMinutes(5));

    private async Task<int> LoadAsync(LoadOptions options)
    {
        var diagnostics = new List<ScanDiagnostic>();
        var files = 0;
        await foreach (var project in ProjectSources.Create(target, options).LoadAsync(diagnostics, CancellationToken.None))
        {
            files += project.Documents.Length;
        }

        return files;
    }

    private static void Restore(string solution)
    {
        using var restore = Process.Start(new ProcessStartInfo("dotnet", ["restore", solution, "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = restore.StandardOutput.ReadToEndAsync();
        var error = restore.StandardError.ReadToEnd();
        restore.WaitForExit();
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore failed: {output.Result}{error}");
        }
    }
}

/// <summary>One launch, one warm-up, three iterations, in process, for up to 30 minutes.</summary>
internal sealed class LoadJobConfig : ManualConfig
{
    public LoadJobConfig() =>
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithId("Load"));
}
