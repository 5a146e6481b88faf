namespace DebtRadar.Storage;

/// <summary>Why a database file could not be used.</summary>
public enum StorageErrorKind
{
    /// <summary>No database at the path (nothing recorded yet).</summary>
    Missing,

    /// <summary>The file exists but is not a DebtRadar database (another format, another LiteDB application, empty).</summary>
    NotADatabase,

    /// <summary>The file claims to be a DebtRadar database but its content cannot be read.</summary>
    Corrupt,

    /// <summary>The file was written by a newer DebtRadar whose schema this version does not know.</summary>
    NewerSchema,

    /// <summary>Another process held the database longer than the configured wait.</summary>
    Busy,

    /// <summary>The file or its folder cannot be read or written (permissions, missing drive).</summary>
    Inaccessible,
}

/// <summary>
/// A database problem the user must act on. The file is left exactly as it was found: DebtRadar never
/// overwrites or repairs a database it cannot read.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException(StorageErrorKind kind, string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        DatabasePath = path;
    }

    public StorageException()
        : this(StorageErrorKind.Corrupt, string.Empty, "The database cannot be used.")
    {
    }

    public StorageException(string message)
        : this(StorageErrorKind.Corrupt, string.Empty, message)
    {
    }

    public StorageException(string message, Exception innerException)
        : this(StorageErrorKind.Corrupt, string.Empty, message, innerException)
    {
    }

    public StorageErrorKind Kind { get; }

    public string DatabasePath { get; }
}
