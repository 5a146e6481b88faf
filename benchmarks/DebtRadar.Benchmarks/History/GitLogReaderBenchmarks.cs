using BenchmarkDotNet.Attributes;
using DebtRadar.History;
using DebtRadar.History.Git;
using DebtRadar.History.Model;

namespace DebtRadar.Benchmarks.History;

/// <summary>
/// Reading the whole history of a repository of 5,000 commits (<see cref="SyntheticHistory"/>, or a real one from
/// DEBTRADAR_BENCH_REPO): cold with one numstat process and with the commits split across the cores, warm from the
/// history cache, and warm with the 50 newest commits not cached yet.
/// </summary>
[MemoryDiagnoser]
public class GitLogReaderBenchmarks
{
    private const int Commits = 5_000;
    private const int NewCommits = 50;
    private static readonly WhenExpression AllHistory = Parse("1970-01-01");

    private string folder = string.Empty;
    private string repository = string.Empty;
    private string warmCache = string.Empty;
    private string staleCache = string.Empty;
    private string workCache = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("debtradar-history-bench-").FullName;
        // Generated once and reused by every benchmark of the run (and later runs): same seed, same commits.
        repository = Environment.GetEnvironmentVariable("DEBTRADAR_BENCH_REPO") ?? Path.Combine(Path.GetTempPath(), "debtradar-history-bench-5000");
        SyntheticHistory.Create(repository, Commits, NewCommits);

        warmCache = Path.Combine(folder, "warm.bin");
        staleCache = Path.Combine(folder, "stale.bin");
        workCache = Path.Combine(folder, "work.bin");
        Read(warmCache).GetAwaiter().GetResult();
        if (Environment.GetEnvironmentVariable("DEBTRADAR_BENCH_REPO") is null)
        {
            // The cache as a previous run at base (50 commits before main) left it.
            SyntheticHistory.Git(repository, null, "checkout", "-q", "base");
            Read(staleCache).GetAwaiter().GetResult();
            SyntheticHistory.Git(repository, null, "checkout", "-q", "main");
        }
        else
        {
            File.Copy(warmCache, staleCache);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [IterationSetup(Target = nameof(WarmWithNewCommits))]
    public void CopyStaleCache() => File.Copy(staleCache, workCache, overwrite: true);

    [Benchmark(Baseline = true, Description = "cold, one numstat process")]
    public Task<int> ColdOneProcess() => Count(new GitLogReader(new GitProcessRunner(), null, parallelism: 1));

    [Benchmark(Description = "cold, commits split across the cores")]
    public Task<int> ColdParallel() => Count(new GitLogReader(new GitProcessRunner(), null));

    [Benchmark(Description = "warm, every commit cached")]
    public Task<int> Warm() => Read(warmCache);

    [Benchmark(Description = "warm, 50 new commits to read")]
    public Task<int> WarmWithNewCommits() => Read(workCache);

    private Task<int> Read(string cache) => Count(new GitLogReader(new GitProcessRunner(), _ => cache));

    private async Task<int> Count(GitLogReader reader)
    {
        var result = await reader.ReadAsync(new HistoryRequest(repository, AllHistory), CancellationToken.None);
        return result.ChangeSets.Length != 0 && !result.Diagnostics.Any(d => d.Severity == Core.Model.DiagnosticSeverity.Warning) ? result.Files.Length : throw new InvalidOperationException("history not read");
    }

    private static WhenExpression Parse(string text) =>
        WhenExpression.TryParse(text, out var value, out _) ? value! : throw new InvalidOperationException(text);
}
