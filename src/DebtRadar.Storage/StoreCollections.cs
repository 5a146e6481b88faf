namespace DebtRadar.Storage;

/// <summary>Collection names of the DebtRadar database (docs/storage.md).</summary>
internal static class StoreCollections
{
    /// <summary>Small documents: metadata and totals of each snapshot.</summary>
    public const string Snapshots = "snapshots";

    /// <summary>Per snapshot: projects, types, package metrics and the manifest (path → result id).</summary>
    public const string Manifests = "manifests";

    /// <summary>File results by the SHA-256 of their stored form, shared by every snapshot that saw them.</summary>
    public const string Results = "results";

    /// <summary>Compressed parts of results too large for one document (<see cref="ResultDocuments"/>).</summary>
    public const string ResultParts = "resultparts";

    /// <summary>Incremental-scan keys (content, project inputs, configuration, tool version) → result id.</summary>
    public const string CacheKeys = "cachekeys";
}
