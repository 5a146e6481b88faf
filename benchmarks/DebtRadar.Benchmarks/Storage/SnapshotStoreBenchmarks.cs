using BenchmarkDotNet.Attributes;
using DebtRadar.Core.Model;
using DebtRadar.Storage;

namespace DebtRadar.Benchmarks.Storage;

/// <summary>
/// Writing and reading one snapshot of a 1,000-file scan (8 members per file): a first scan whose
/// results are all new, a rescan whose results are all stored already, a read back, and the trend
/// queries. Each call is a whole session: OS lock, LiteDB open, transaction, close.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SnapshotStoreBenchmarks
{
    private string _folder = string.Empty;
    private SnapshotStore _store = null!;
    private ScanResult _scan = null!;
    private int _version;
    private int _stored;

    [Params(1000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchmarkScans.NewFolder();
        _store = new SnapshotStore(Path.Combine(_folder, "bench.db"));
        _scan = BenchmarkScans.Create(Files, version: 0);
        for (var i = 0; i < 10; i++)
        {
            _stored = _store.Write(BenchmarkScans.Create(Files, version: i), BenchmarkScans.Metadata.Next()).Id;
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "generate the scan only (part of 'every result new')")]
    public int GenerateOnly() => BenchmarkScans.Create(Files, version: 1000 + Interlocked.Increment(ref _version)).Projects.Length;

    [Benchmark(Description = "write, every result new")]
    public int WriteNewResults() => _store.Write(BenchmarkScans.Create(Files, version: 1000 + Interlocked.Increment(ref _version)), BenchmarkScans.Metadata.Next()).Id;

    [Benchmark(Description = "write, every result stored")]
    public int WriteUnchanged() => _store.Write(_scan, BenchmarkScans.Metadata.Next()).Id;

    [Benchmark(Description = "read a snapshot")]
    public int Read() => _store.Read(_stored)!.Scan.Projects.Sum(p => p.Files.Length);

    [Benchmark(Description = "trend by project")]
    public int TrendByProject() => _store.Trend(TrendScope.Project).Length;

    [Benchmark(Description = "open cache (keys + latest results)")]
    public int OpenCache() => _store.OpenCache("Bench.sln").Misses;
}
