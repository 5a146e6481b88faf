using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Storage;

/// <summary>
/// The result cache while the database session that reads it is still running: a scan starts
/// loading its projects at once, and the engine waits for the stored results only when it asks
/// for the first one (after the first project is compiled). A database that cannot be used
/// throws its <see cref="StorageException"/> here as well as from the task.
/// </summary>
internal sealed class PendingResultCache(Task<StoredResultCache?> opening) : IFileResultCache
{
    private StoredResultCache Cache =>
        opening.GetAwaiter().GetResult() ?? throw new InvalidOperationException("The database session was opened without a result cache.");

    public FileResult? TryGet(FileResultKey key) => Cache.TryGet(key);

    public void Add(FileResultKey key, FileResult result) => Cache.Add(key, result);
}
