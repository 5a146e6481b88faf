namespace DebtRadar.Storage.Locking;

/// <summary>
/// An exclusive OS lock on a side file, held for one short database session. On Unix .NET takes
/// <c>flock(LOCK_EX)</c> for <see cref="FileShare.None"/>; on Windows the share mode does the same.
/// The kernel drops the lock when the holder dies, even by SIGKILL, so a killed scan can never leave
/// the database locked (unlike LiteDB's shared-mode named mutex).
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    public static FileLock Acquire(string lockPath, string databasePath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = Environment.TickCount64;
        var delay = 5;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                return new FileLock(stream);
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                // Held by another session; wait below.
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new StorageException(StorageErrorKind.Inaccessible, databasePath, $"The DebtRadar database '{databasePath}' cannot be opened: its lock file '{lockPath}' cannot be created or written ({ex.Message}). DebtRadar needs write access to the database's folder, to read as well as to write; the database was left untouched.", ex);
            }

            var waited = Environment.TickCount64 - start;
            if (waited >= timeout.TotalMilliseconds)
            {
                throw new StorageException(
                    StorageErrorKind.Busy,
                    databasePath,
                    $"The database '{databasePath}' stayed in use by another process for {timeout.TotalSeconds:0} s; try again when it has finished.");
            }

            // Jitter keeps two waiting writers from retrying in lockstep.
            var sleep = Math.Min(delay + Random.Shared.Next(delay), (int)Math.Max(1, timeout.TotalMilliseconds - waited));
            if (cancellationToken.WaitHandle.WaitOne(sleep))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            delay = Math.Min(delay * 2, 100);
        }
    }

    public void Dispose() => _stream.Dispose();
}
