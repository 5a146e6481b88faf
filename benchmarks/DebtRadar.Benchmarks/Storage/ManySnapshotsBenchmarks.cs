using BenchmarkDotNet.Attributes;
using DebtRadar.Storage;

namespace DebtRadar.Benchmarks.Storage;

/// <summary>
/// A database with a long history (1,000 snapshots of a 40-file scan whose results change a little
/// each time, as a nightly CI would leave after three years): opening it, the solution and project
/// trends, the snapshot list, and one more write. Each call is a whole session.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ManySnapshotsBenchmarks
{
    private string _folder = string.Empty;
    private SnapshotStore _store = null!;
    private int _version;

    [Params(1000)]
    public int Snapshots { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchmarkScans.NewFolder();
        _store = new SnapshotStore(Path.Combine(_folder, "bench.db"));
        for (var i = 0; i < Snapshots; i++)
        {
            // Ten content versions in turn: results are shared between snapshots, as after real rescans.
            _store.Write(BenchmarkScans.Create(40, version: i % 10), BenchmarkScans.Metadata.Next());
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "open and check the file")]
    public void Open() => new SnapshotStore(_store.Path).EnsureUsable();

    [Benchmark(Description = "trend by solution")]
    public int TrendBySolution() => _store.Trend(TrendScope.Solution).Length;

    [Benchmark(Description = "trend by project")]
    public int TrendByProject() => _store.Trend(TrendScope.Project).Length;

    [Benchmark(Description = "list snapshots")]
    public int List() => _store.List().Length;

    [Benchmark(Description = "write one more snapshot")]
    public int WriteOneMore() => _store.Write(BenchmarkScans.Create(40, version: 10 + Interlocked.Increment(ref _version)), BenchmarkScans.Metadata.Next()).Id;
}
