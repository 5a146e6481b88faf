namespace DebtRadar.Workspace;

/// <summary>How a target is loaded.</summary>
/// <param name="SyntaxOnly">
/// Evaluate no MSBuild at all: project files are read as XML, sources parsed without a
/// compilation. Safe on untrusted repositories.
/// </param>
/// <param name="Framework">The target framework to measure in multi-targeted projects; null for the newest.</param>
/// <param name="LoadTimeout">
/// How long MSBuild may take to evaluate the whole target before every project falls back to
/// syntax-only loading.
/// </param>
public sealed record LoadOptions(bool SyntaxOnly, string? Framework, TimeSpan LoadTimeout)
{
    /// <summary>
    /// Folder of the load cache (e.g. <c>.debtradar/load-cache</c> beside the database), or null for
    /// none. With a cache, a full load whose build inputs are unchanged skips MSBuild evaluation and
    /// reuses the stored result (docs/decisions/0040); a missing, corrupt or stale cache file is
    /// ignored with a <c>load.cache</c> note.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>
    /// What successive loads of one target in one process share (a backfill across commits):
    /// reference assemblies, and each project's previous compilation; null (the default) for none.
    /// </summary>
    public Reuse.CompilationReuse? Reuse { get; init; }

    /// <summary>Full loading, newest framework, ten minutes for MSBuild.</summary>
    public static LoadOptions Default { get; } = new(false, null, TimeSpan.FromMinutes(10));
}
