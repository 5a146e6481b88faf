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
    public static ProjectInputs Compute(ProjectInput project, IReadOnlyDictionary<string, string> referencedProjectHashes, CancellationToken cancellationToken)
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

        SemanticContextIndex? index = null;
        if (project.Compilation is { } compilation)
        {
            // The assembly's name is part of every coupled type's identity; the options change what binds.
            builder.Append("assembly=").Append(compilation.AssemblyName).Append('\n');
            builder.Append("nullable=").Append(compilation.Options.NullableContextOptions)
                .Append(";checked=").Append(compilation.Options.CheckOverflow)
                .Append(";unsafe=").Append((compilation.Options as Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)?.AllowUnsafe).Append('\n');
            foreach (var reference in compilation.References.Select(r => r.Display ?? string.Empty).Order(StringComparer.Ordinal))
            {
                builder.Append("ref=").Append(reference).Append('\n');
            }

            // A referenced project is seen whole: any change to its surface reaches every file here.
            foreach (var name in project.ProjectReferences.Order(StringComparer.Ordinal))
            {
                builder.Append("project=").Append(name).Append('=')
                    .Append(referencedProjectHashes.TryGetValue(name, out var hash) ? hash : "?").Append('\n');
            }

            index = project.Surface?.Context ?? SemanticContextIndex.Build([.. compilation.SyntaxTrees], RelativeToRoot(project), cancellationToken);
        }

        var common = builder.ToString();
        var whole = index is null ? common : common + "surface=" + index.SurfaceHash + '\n';
        return new ProjectInputs(Hash(whole), common, index);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

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

/// <summary>A project's inputs, as its dependents see them and as each of its files sees them.</summary>
internal sealed class ProjectInputs
{
    private readonly string _common;
    private readonly SemanticContextIndex? _index;

    internal ProjectInputs(string hash, string common, SemanticContextIndex? index)
    {
        Hash = hash;
        _common = common;
        _index = index;
    }

    /// <summary>The project's options, references and whole declaration surface: what a dependent project's files see of it.</summary>
    public string Hash { get; }

    /// <summary>
    /// The inputs of one file: the project's options and references, and the declarations of this
    /// project the file can bind to (<see cref="SemanticContextIndex"/>). Without a compilation
    /// (syntax-only mode) a file is measured from its own text, so the project part is all.
    /// </summary>
    public string ForDocument(DocumentInput document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _index is null
            ? Hash
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_common + "context=" + _index.ContextOf(document.Tree, cancellationToken) + '\n')));
    }
}
