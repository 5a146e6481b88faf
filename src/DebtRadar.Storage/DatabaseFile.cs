using System.Text;
using DebtRadar.Storage.Documents;
using DebtRadar.Storage.Locking;
using DebtRadar.Storage.Schema;
using LiteDB;

namespace DebtRadar.Storage;

/// <summary>
/// Opens short, exclusive, direct-mode LiteDB sessions on one file (docs/decisions/0002). Every
/// session holds an OS lock on <c>&lt;file&gt;.lock</c>, so writers in different processes take turns
/// instead of sharing LiteDB's named mutex. The file is checked before LiteDB touches it: DebtRadar
/// never lets LiteDB initialise, upgrade or rebuild a file it did not create.
/// </summary>
internal sealed class DatabaseFile(string path, TimeSpan lockTimeout)
{
    private const int PageSize = 8192;
    private const string HeaderInfo = "** This is a LiteDB file **";
    private const int HeaderInfoOffset = 32;
    private const int FileVersionOffset = 59;
    private const byte SupportedFileVersion = 8;
    private const int InvalidStateOffset = 191;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public bool Exists => File.Exists(Path);

    public T Read<T>(Func<LiteDatabase, T> read, CancellationToken cancellationToken) =>
        Run(read, create: false, cancellationToken);

    public T Write<T>(Func<LiteDatabase, T> write, CancellationToken cancellationToken) =>
        Run(write, create: true, cancellationToken);

    private T Run<T>(Func<LiteDatabase, T> work, bool create, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (!Directory.Exists(folder))
        {
            if (!create)
            {
                throw Missing();
            }

            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw ReadOnly(folder, ex);
            }
        }

        using var fileLock = FileLock.Acquire(Path + ".lock", Path, lockTimeout, cancellationToken);
        if (!File.Exists(Path))
        {
            if (!create)
            {
                throw Missing();
            }

            CreateEmpty();
        }

        var invalidStateByte = CheckHeader();
        LiteDatabase db;
        try
        {
            db = new LiteDatabase(new ConnectionString
            {
                Filename = Path,
                Connection = ConnectionType.Direct,
                Upgrade = false,
                AutoRebuild = false,
            });
        }
        catch (UnauthorizedAccessException ex)
        {
            // LiteDB opens the file for writing even to read: a read-only file is refused before any byte changes.
            throw ReadOnly(Path, ex);
        }
        catch (Exception ex) when (ex is LiteException or InvalidCastException or IndexOutOfRangeException or ArgumentException or InvalidOperationException or IOException)
        {
            RestoreInvalidStateByte(invalidStateByte);
            throw Corrupt(ex);
        }

        try
        {
            CheckSchema(db);
            var result = work(db);
            db.Dispose();
            return result;
        }
        catch (Exception ex) when (create && IsOutOfSpace(ex))
        {
            // A full disk (or a file size limit) is not damage: the transaction never reached the file.
            DisposeQuietly(db);
            RestoreInvalidStateByte(invalidStateByte);
            throw new StorageException(
                StorageErrorKind.Inaccessible,
                Path,
                $"The DebtRadar database '{Path}' could not be written ({ex.Message}); is the disk full? The snapshot was not recorded and the file was left as it was.",
                ex);
        }
        catch (Exception ex) when (ex is LiteException or MalformedDocumentException or InvalidCastException or IndexOutOfRangeException or ArgumentOutOfRangeException or KeyNotFoundException)
        {
            db.Dispose();
            RestoreInvalidStateByte(invalidStateByte);
            throw Corrupt(ex);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Builds a new database beside the target and renames it into place, so no reader can ever see a
    /// half-created file, and a file found at the path is never one DebtRadar abandoned mid-creation.
    /// </summary>
    private void CreateEmpty()
    {
        var temp = $"{Path}.{Guid.NewGuid():N}.new";
        try
        {
            using (var db = new LiteDatabase(new ConnectionString
            {
                Filename = temp,
                Connection = ConnectionType.Direct,
                Collation = Collation.Binary,
            }))
            {
                db.GetCollection(SchemaVersion.MetaCollection).Insert(SchemaVersion.Create(SchemaVersion.Current));
                db.GetCollection(StoreCollections.Snapshots).EnsureIndex("target", "$.target");
                db.Checkpoint();
            }

            File.Move(temp, Path, overwrite: false);
        }
        finally
        {
            File.Delete(temp);
            File.Delete(LogFileOf(temp));
        }
    }

    /// <summary>Checks the LiteDB header page; returns the invalid-state byte LiteDB may flip on a failure.</summary>
    private byte CheckHeader()
    {
        var header = new byte[PageSize];
        long length;
        int read;
        try
        {
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            length = stream.Length;
            read = stream.ReadAtLeast(header, PageSize, throwOnEndOfStream: false);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StorageException(StorageErrorKind.Inaccessible, Path, $"Cannot read '{Path}': {ex.Message}", ex);
        }

        if (read < HeaderInfoOffset + HeaderInfo.Length
            || Encoding.ASCII.GetString(header, HeaderInfoOffset, HeaderInfo.Length) != HeaderInfo)
        {
            throw new StorageException(
                StorageErrorKind.NotADatabase,
                Path,
                $"'{Path}' is not a DebtRadar database (it is not a LiteDB file). Choose another file with --db; this one was left untouched.");
        }

        if (header[FileVersionOffset] != SupportedFileVersion)
        {
            throw new StorageException(
                StorageErrorKind.NotADatabase,
                Path,
                $"'{Path}' is a LiteDB file of another format version ({header[FileVersionOffset]}), not a DebtRadar database. It was left untouched.");
        }

        if (read < PageSize || length % PageSize != 0)
        {
            throw new StorageException(
                StorageErrorKind.Corrupt,
                Path,
                $"The DebtRadar database '{Path}' is truncated or damaged ({length} bytes is not a whole number of pages). It was left untouched; restore it from a backup or move it aside to start a new one.");
        }

        return header[InvalidStateOffset];
    }

    private void CheckSchema(LiteDatabase db)
    {
        if (!db.CollectionExists(SchemaVersion.MetaCollection))
        {
            throw NotOurs();
        }

        var meta = db.GetCollection(SchemaVersion.MetaCollection).FindById(SchemaVersion.SchemaId);
        if (meta is null || !meta.TryGetValue("app", out var app) || app != SchemaVersion.Application)
        {
            throw NotOurs();
        }

        var version = Bson.Int(meta, "version");
        if (version > SchemaVersion.Current)
        {
            throw new StorageException(
                StorageErrorKind.NewerSchema,
                Path,
                $"The database '{Path}' has schema version {version}, written by a newer DebtRadar; this version reads up to {SchemaVersion.Current}. Upgrade DebtRadar. The file was left untouched.");
        }

        if (version < 1)
        {
            throw new MalformedDocumentException($"Schema version {version} is not a version DebtRadar ever wrote.");
        }

        if (version < SchemaVersion.Current)
        {
            Migrations.Run(db, meta, version);
        }
    }

    /// <summary>
    /// LiteDB marks a file it failed on for an automatic rebuild at the next open (one header byte).
    /// DebtRadar never rebuilds silently, so it puts the user's byte back and reports the damage.
    /// </summary>
    private void RestoreInvalidStateByte(byte original)
    {
        try
        {
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            stream.Position = InvalidStateOffset;
            var current = stream.ReadByte();
            if (current >= 0 && current != original)
            {
                stream.Position = InvalidStateOffset;
                stream.WriteByte(original);
            }
        }
        catch (IOException)
        {
            // Best effort: the corruption report below is what matters.
        }
        catch (UnauthorizedAccessException)
        {
            // Read-only file: LiteDB could not have written either.
        }
    }

    /// <summary>ENOSPC surfaces as an IOException, EFBIG (a file size limit) as an out-of-range file length from the OS write.</summary>
    private static bool IsOutOfSpace(Exception ex)
    {
        for (Exception? current = ex; current is not null; current = current.InnerException)
        {
            if (current is IOException and not FileNotFoundException and not DirectoryNotFoundException
                || (current is ArgumentOutOfRangeException && current.StackTrace?.Contains("System.IO.RandomAccess", StringComparison.Ordinal) == true))
            {
                return true;
            }
        }

        return false;
    }

    private static void DisposeQuietly(LiteDatabase db)
    {
        try
        {
            db.Dispose();
        }
        catch (Exception ex) when (ex is IOException or LiteException or ArgumentOutOfRangeException)
        {
            // Flushing to the same full disk fails again; the write error above is what the user needs.
        }
    }

    private static string LogFileOf(string file) =>
        System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(file)!,
            System.IO.Path.GetFileNameWithoutExtension(file) + "-log" + System.IO.Path.GetExtension(file));

    private StorageException Missing() =>
        new(StorageErrorKind.Missing, Path, $"There is no DebtRadar database at '{Path}'. Run 'debtradar scan' first, or name one with --db.");

    private StorageException NotOurs() =>
        new(StorageErrorKind.NotADatabase, Path, $"'{Path}' is a LiteDB database of another application, not a DebtRadar database. It was left untouched.");

    private StorageException ReadOnly(string what, UnauthorizedAccessException ex) =>
        new(
            StorageErrorKind.Inaccessible,
            Path,
            $"The DebtRadar database '{Path}' cannot be opened: '{what}' is read-only for this user ({ex.Message}). DebtRadar needs write access to the database and its folder, to read as well as to write; the file was left untouched.",
            ex);

    private StorageException Corrupt(Exception ex) =>
        new(
            StorageErrorKind.Corrupt,
            Path,
            $"The DebtRadar database '{Path}' is damaged and cannot be read ({ex.Message}). It was left untouched; restore it from a backup or move it aside to start a new one.",
            ex);
}
