using Microsoft.CodeAnalysis;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>
/// A reference assembly read only when a compilation first needs it. A cached load lists every
/// configuration's references (Dapper: four frameworks, ~650 files) while one configuration per
/// project is compiled; reading them all eagerly cost seconds on a load-cache hit. Configurations
/// that name the same file share its metadata.
/// </summary>
internal sealed class LazyFileReference : PortableExecutableReference
{
    private readonly Lazy<AssemblyMetadata> _metadata;

    public LazyFileReference(string path, MetadataReferenceProperties properties, Func<string, Lazy<AssemblyMetadata>> shared)
        : base(properties, path)
    {
        _metadata = shared(path);
        Shared = shared;
    }

    private Func<string, Lazy<AssemblyMetadata>> Shared { get; }

    protected override Metadata GetMetadataImpl() => _metadata.Value;

    protected override DocumentationProvider CreateDocumentationProvider() => DocumentationProvider.Default;

    protected override PortableExecutableReference WithPropertiesImpl(MetadataReferenceProperties properties) =>
        new LazyFileReference(FilePath!, properties, Shared);
}
