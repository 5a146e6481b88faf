using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// The SDK's own reference assemblies (<c>packs/Microsoft.NETCore.App.Ref/&lt;v&gt;/ref/net10.0</c>):
/// a stand-in when a project has no metadata references at all (typically a framework other than
/// net10.0 that was never restored). Better than nothing: most BCL types then resolve.
/// </summary>
internal sealed class ReferencePack(SdkInstance sdk)
{
    private readonly Lazy<ImmutableArray<MetadataReference>> _references = new(() => Load(sdk));

    public ImmutableArray<MetadataReference> References => _references.Value;

    private static ImmutableArray<MetadataReference> Load(SdkInstance sdk)
    {
        var folder = FindFolder(sdk.MSBuildPath);
        return folder is null
            ? []
            : [.. Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))];
    }

    /// <summary>The ref folder of the newest pack that has one, preferring net10.0.</summary>
    internal static string? FindFolder(string msbuildPath)
    {
        // MSBuildPath is <dotnet root>/sdk/<version>/.
        var dotnetRoot = Path.GetFullPath(Path.Combine(msbuildPath, "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var versions = Directory.GetDirectories(packs)
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0));
        foreach (var version in versions)
        {
            var preferred = Path.Combine(version, "ref", "net10.0");
            if (Directory.Exists(preferred))
            {
                return preferred;
            }

            var any = Directory.Exists(Path.Combine(version, "ref"))
                ? Directory.GetDirectories(Path.Combine(version, "ref")).Order(StringComparer.Ordinal).LastOrDefault()
                : null;
            if (any is not null)
            {
                return any;
            }
        }

        return null;
    }
}
