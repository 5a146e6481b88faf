namespace DebtRadar.Workspace.LoadCache;

/// <summary>
/// One evaluated target as stored in the load cache (JSON). Paths under the repository root are
/// relative with <c>/</c>; paths outside it (reference assemblies, the NuGet cache) are absolute.
/// Workspace messages keep the root as <see cref="CachedLoad.RootToken"/>.
/// </summary>
/// <param name="Format">The <see cref="LoadCacheFile.FormatVersion"/> it was written with.</param>
/// <param name="Fingerprint">The build inputs' fingerprint (<see cref="BuildInputs"/>) for its scope.</param>
/// <param name="Projects">Every evaluated project configuration.</param>
/// <param name="Failed">Project files MSBuild could not load, with the reason.</param>
/// <param name="Reports">The workspace's messages.</param>
/// <param name="Scope">
/// The folders whose C# names, project files and restore outputs the fingerprint covers
/// (<see cref="BuildInputs.ScopeOf"/>); null (and in files written before it existed): the whole repository.
/// </param>
internal sealed record CachedLoad(int Format, string Fingerprint, List<CachedProject> Projects, List<CachedFailure> Failed, List<CachedReport> Reports, List<string>? Scope = null)
{
    public const string RootToken = "{root}";
}

internal sealed record CachedFailure(string Path, string Reason);

internal sealed record CachedReport(string Kind, string Message);

internal sealed record CachedProject(
    Guid Id,
    string Name,
    string AssemblyName,
    string FilePath,
    string? OutputFilePath,
    string? OutputRefFilePath,
    CachedCompilationOptions Compilation,
    CachedParseOptions Parse,
    List<CachedDocument> Documents,
    List<CachedMetadataReference> References,
    List<CachedProjectReference> ProjectReferences,
    List<string> Analyzers);

/// <summary>A source file; <see cref="Text"/> is set for files restore or design-time targets wrote under bin/obj, which a copy of the repository lacks.</summary>
internal sealed record CachedDocument(string Path, List<string> Folders, string? Text);

internal sealed record CachedMetadataReference(string Path, List<string> Aliases, bool EmbedInteropTypes);

internal sealed record CachedProjectReference(Guid Id, List<string> Aliases, bool EmbedInteropTypes);

internal sealed record CachedParseOptions(string LanguageVersion, string DocumentationMode, string Kind, List<string> PreprocessorSymbols, Dictionary<string, string> Features);

internal sealed record CachedCompilationOptions(
    string OutputKind,
    string? ModuleName,
    string? MainTypeName,
    string? ScriptClassName,
    List<string> Usings,
    string OptimizationLevel,
    bool CheckOverflow,
    bool AllowUnsafe,
    string? CryptoKeyContainer,
    string? CryptoKeyFile,
    string? CryptoPublicKey,
    bool? DelaySign,
    bool PublicSign,
    bool StrongNameProvider,
    string Platform,
    string GeneralDiagnosticOption,
    int WarningLevel,
    Dictionary<string, string> SpecificDiagnosticOptions,
    bool ConcurrentBuild,
    bool Deterministic,
    string NullableContextOptions,
    bool DesktopIdentityComparer);
