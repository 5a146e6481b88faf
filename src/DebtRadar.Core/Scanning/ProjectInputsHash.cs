using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// What a project gives each of its files: the part of a cached result's key that is not the file's
/// own content. See <see cref="FileResultKey.ProjectInputsHash"/>.
/// </summary>
internal static class ProjectInputsHash
{
    public static string Compute(ProjectInput project, IReadOnlyDictionary<string, string> referencedProjectHashes, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        builder.Append("mode=").Append(project.Mode).Append('\n');
        builder.Append("framework=").Append(project.Framework).Append('\n');
        if (project.Documents.FirstOrDefault()?.Tree.Options is { } parseOptions)
        {
            builder.Append("lang=").Append(parseOptions.Language).Append(parseOptions.SpecifiedKind).Append('\n');
            builder.Append("symbols=").AppendJoin(';', parseOptions.PreprocessorSymbolNames.Order(StringComparer.Ordinal)).Append('\n');
            if (parseOptions is Microsoft.CodeAnalysis.CSharp.CSharpParseOptions csharp)
            {
                builder.Append("langversion=").Append(csharp.LanguageVersion).Append('\n');
            }
        }

        if (project.Compilation is { } compilation)
        {
            foreach (var reference in compilation.References.Select(r => r.Display ?? string.Empty).Order(StringComparer.Ordinal))
            {
                builder.Append("ref=").Append(reference).Append('\n');
            }

            foreach (var name in project.ProjectReferences.Order(StringComparer.Ordinal))
            {
                builder.Append("project=").Append(name).Append('=')
                    .Append(referencedProjectHashes.TryGetValue(name, out var hash) ? hash : "?").Append('\n');
            }

            builder.Append("surface=").Append(project.SurfaceHash ?? DeclarationSurface.Hash(compilation.SyntaxTrees, RelativeToRoot(project), cancellationToken)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>Paths relative to the repository root, which a document's full and relative paths reveal.</summary>
    private static Func<string, string> RelativeToRoot(ProjectInput project)
    {
        var document = project.Documents.FirstOrDefault(d => d.FullPath.Replace('\\', '/').EndsWith(d.RelativePath, StringComparison.Ordinal));
        if (document is null)
        {
            return static path => path;
        }

        var root = document.FullPath[..^document.RelativePath.Length];
        return path => path.StartsWith(root, StringComparison.Ordinal) ? path[root.Length..].Replace('\\', '/') : path;
    }
}
