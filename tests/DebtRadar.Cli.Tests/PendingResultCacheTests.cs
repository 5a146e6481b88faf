using DebtRadar.Cli.Storage;
using DebtRadar.Cli.Tests.Support;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Tests;

public sealed class PendingResultCacheTests
{
    private static readonly FileResultKey Key = new("hash", "inputs", "config", "tool");

    [Fact]
    public async Task TryGet_BeforeTheSessionEnds_WaitsForTheStoredResults()
    {
        using var folder = new TempFolder();
        var opened = new TaskCompletionSource<StoredResultCache?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new PendingResultCache(opened.Task);

        var lookup = Task.Run(() => cache.TryGet(Key));
        await Task.Delay(50);
        Assert.False(lookup.IsCompleted);
        opened.SetResult(new SnapshotStore(Path.Combine(folder.Path, "x.db")).OpenCache("target"));

        Assert.Null(await lookup);
    }

    [Fact]
    public void TryGet_SessionFailed_ThrowsItsStorageException()
    {
        var failure = new StorageException(StorageErrorKind.Busy, "x.db", "busy");
        var cache = new PendingResultCache(Task.FromException<StoredResultCache?>(failure));

        Assert.Same(failure, Assert.Throws<StorageException>(() => cache.TryGet(Key)));
    }
}
