using BenchmarkDotNet.Attributes;
using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage;

namespace DebtRadar.Benchmarks.Storage;

/// <summary>
/// The database's share of a rescan after a one-file edit, at NodaTime's size (about 200 files, 8
/// members each): the session that checks the file and reads the result cache (every key, the
/// latest snapshot's results), one look-up per file, and the session that records the snapshot (one
/// result new, the others written by the ids their hits came from) and finds the previous one for
/// the deltas. Each scan's snapshot is kept, as a user's rescans keep theirs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class RescanStorageBenchmarks
{
    private const string ConfigurationHash = "cfg";
    private const string ToolVersion = "0.1.0";

    private string _folder = string.Empty;
    private SnapshotStore _store = null!;
    private ScanResult _scan = null!;
    private int _edits;

    [Params(200)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = BenchmarkScans.NewFolder();
        _store = new SnapshotStore(Path.Combine(_folder, "bench.db"));
        _scan = BenchmarkScans.Create(Files, version: 0);

        // The first scan learns a key for every file; ten rescans before the measured ones.
        var cache = _store.EnsureUsableAndOpenCache(_scan.Target);
        foreach (var file in _scan.Projects.SelectMany(p => p.Files))
        {
            cache.Add(KeyOf(file), file);
        }

        _store.Write(_scan, BenchmarkScans.Metadata.Next(), cache);
        for (var i = 0; i < 10; i++)
        {
            Rescan();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "open the result cache (keys + latest results)")]
    public int OpenCache() => _store.EnsureUsableAndOpenCache(_scan.Target).Misses;

    [Benchmark(Description = "rescan: open, look up every file, record with the previous snapshot")]
    public int Rescan()
    {
        var cache = _store.EnsureUsableAndOpenCache(_scan.Target);
        var edited = Interlocked.Increment(ref _edits);
        var projects = _scan.Projects.Select((project, p) => project with
        {
            Files = [.. project.Files.Select((file, f) =>
            {
                if (p == 0 && f == 0)
                {
                    // The one edited file: new content, measured again, learned by the cache.
                    var fresh = file with { ContentHash = $"edited{edited:D8}" };
                    cache.Add(KeyOf(fresh), fresh);
                    return fresh;
                }

                return cache.TryGet(KeyOf(file)) ?? throw new InvalidOperationException($"{file.Path} was not reused.");
            })],
        });
        var (info, previous) = _store.WriteAndFindPrevious(_scan with { Projects = [.. projects] }, BenchmarkScans.Metadata.Next(), cache);
        return info.Id + (previous?.Id ?? 0);
    }

    private static FileResultKey KeyOf(FileResult file) => new(file.ContentHash, "inputs", ConfigurationHash, ToolVersion);
}
