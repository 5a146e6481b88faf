using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>The references of one project: metadata, plus its project references as skeleton images.</summary>
/// <param name="References">What the compilation gets.</param>
/// <param name="UsedReferencePack">True when MSBuild resolved nothing and the SDK's reference pack stood in.</param>
/// <param name="Unavailable">Names of referenced projects whose declarations could not be produced.</param>
internal sealed record ResolvedReferences(
    ImmutableArray<MetadataReference> References, bool UsedReferencePack, ImmutableArray<string> Unavailable);

/// <summary>
/// Skeleton images by project configuration (one per framework). A measured project's image is
/// added once the engine is done with it; a configuration that is never measured — the
/// netstandard2.0 build of a library that a netstandard2.0 project references while its net8.0
/// build is the one measured — is compiled on demand, emitted and dropped at once, because
/// giving a netstandard project a net8.0 image leaves every BCL type in it unresolved.
/// </summary>
internal sealed class SkeletonCache(IReadOnlyDictionary<ProjectId, ProjectInfo> infos, ReferencePack referencePack)
{
    private readonly Dictionary<ProjectId, MetadataReference?> _images = [];
    private readonly HashSet<ProjectId> _inProgress = [];

    /// <summary>Records a measured compilation's image; returns the emit error, or null.</summary>
    public string? Add(ProjectId id, Compilation compilation, CancellationToken cancellationToken)
    {
        var (image, error) = SkeletonReference.Create(compilation, cancellationToken);
        _images[id] = image;
        return error;
    }

    public async Task<ResolvedReferences> ResolveAsync(ProjectInfo info, CancellationToken cancellationToken)
    {
        var references = info.MetadataReferences.ToList();
        var usedPack = references.Count == 0;
        if (usedPack)
        {
            references.AddRange(referencePack.References);
        }

        var unavailable = ImmutableArray.CreateBuilder<string>();
        foreach (var reference in info.ProjectReferences)
        {
            var image = await GetAsync(reference.ProjectId, cancellationToken).ConfigureAwait(false);
            if (image is null)
            {
                unavailable.Add(infos.TryGetValue(reference.ProjectId, out var missing) ? missing.Name : reference.ProjectId.ToString());
            }
            else
            {
                references.Add(reference.Aliases.IsDefaultOrEmpty ? image : image.WithAliases(reference.Aliases));
            }
        }

        return new ResolvedReferences([.. references], usedPack, unavailable.ToImmutable());
    }

    private async Task<MetadataReference?> GetAsync(ProjectId id, CancellationToken cancellationToken)
    {
        if (_images.TryGetValue(id, out var known))
        {
            return known;
        }

        // A reference cycle would otherwise recurse forever; the project inside it gets no image.
        if (!infos.TryGetValue(id, out var info) || !_inProgress.Add(id))
        {
            return null;
        }

        var resolved = await ResolveAsync(info, cancellationToken).ConfigureAwait(false);
        var (compilation, _) = await DirectCompilation.CreateAsync(MeasurementOptions.For(info), resolved.References, cancellationToken).ConfigureAwait(false);
        _inProgress.Remove(id);
        Add(id, compilation, cancellationToken);
        return _images[id];
    }
}
