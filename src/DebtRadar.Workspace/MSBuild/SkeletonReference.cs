using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// A measured project is handed to its dependents as a metadata-only image of its
/// declarations (what Roslyn calls a skeleton reference), not as a live compilation: the
/// dependents bind against the same symbols, yet the measured compilation, its trees and its
/// bound state can be freed. Each project is therefore parsed once and memory stays bounded by
/// the largest project, not the solution.
/// </summary>
internal static class SkeletonReference
{
    private static readonly EmitOptions MetadataOnly = new(metadataOnly: true, tolerateErrors: true, includePrivateMembers: false);

    public static (MetadataReference? Reference, string? Error) Create(Compilation compilation, CancellationToken cancellationToken)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: MetadataOnly, cancellationToken: cancellationToken);
        if (image.Length == 0)
        {
            var reason = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            return (null, reason?.GetMessage(System.Globalization.CultureInfo.InvariantCulture) ?? "emit produced no image");
        }

        return (MetadataReference.CreateFromImage(image.ToArray(), filePath: compilation.AssemblyName), null);
    }
}
