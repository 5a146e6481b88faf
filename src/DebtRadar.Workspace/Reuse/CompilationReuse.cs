using System.Collections.Concurrent;
using System.Collections.Immutable;
using DebtRadar.Workspace.LoadCache;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Workspace.Reuse;

/// <summary>
/// What one process carries from a load to the next load of the same target at another commit
/// (<c>debtradar backfill</c>, docs/decisions/0048): reference assemblies, read once and shared while
/// their file is unchanged, so their metadata and the assembly symbols Roslyn caches on it serve every
/// commit; and each project's last compilation, from which the next one is derived with Roslyn's
/// <c>With…</c>/<c>ReplaceSyntaxTree</c> methods, so files with the same bytes keep their parsed tree.
/// A derived compilation has the same trees, in the same order, with the same options and references
/// as one created from scratch. One load at a time.
/// </summary>
public sealed class CompilationReuse
{
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), Lazy<AssemblyMetadata>> _metadata = new();
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Written, string Aliases, bool Embed), MetadataReference> _references = new();
    private readonly Dictionary<string, PreviousCompilation> _previous = new(StringComparer.Ordinal);

    /// <summary>Compilations derived from an earlier one rather than created (for tests and --verbose).</summary>
    public int Derived { get; private set; }

    /// <summary>Syntax trees taken over unchanged from an earlier compilation instead of parsed.</summary>
    public int TreesReused { get; private set; }

    /// <summary>
    /// The shared reference for a reference assembly on disk: the same object for as long as the
    /// file keeps its length and write time. Other references (skeleton images in memory, a file
    /// that is gone) come back as they are.
    /// </summary>
    internal MetadataReference Share(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference { FilePath: { } path } file || !Path.IsPathRooted(path) || file.Properties.Kind != MetadataImageKind.Assembly)
        {
            return reference;
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return reference;
        }

        var properties = file.Properties;
        var key = (path, info.Length, info.LastWriteTimeUtc, string.Join(',', properties.Aliases), properties.EmbedInteropTypes);
        return _references.GetOrAdd(key, k => new LazyFileReference(k.Path, properties, _ => Metadata(k.Path, k.Length, k.Written)));
    }

    private Lazy<AssemblyMetadata> Metadata(string path, long length, DateTime written) =>
        _metadata.GetOrAdd((path, length, written), k => new Lazy<AssemblyMetadata>(() => AssemblyMetadata.CreateFromFile(k.Path)));

    /// <summary>The project's previous compilation (before generators ran), or null.</summary>
    internal PreviousCompilation? Previous(string project) => _previous.GetValueOrDefault(project);

    internal void Remember(string project, CSharpCompilation compilation, bool derived, int treesReused)
    {
        _previous[project] = new PreviousCompilation(compilation);
        Derived += derived ? 1 : 0;
        TreesReused += treesReused;
    }
}

/// <summary>A project's last compilation, its trees by file path.</summary>
internal sealed class PreviousCompilation(CSharpCompilation compilation)
{
    private readonly Dictionary<string, SyntaxTree> _byPath = compilation.SyntaxTrees
        .GroupBy(t => t.FilePath, StringComparer.Ordinal)
        .Where(g => g.Count() == 1)
        .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

    // A tree serves one document: a file listed twice gets a second tree, as a fresh parse gives it.
    private readonly ConcurrentDictionary<string, bool> _taken = new(StringComparer.Ordinal);

    public CSharpCompilation Compilation { get; } = compilation;

    /// <summary>
    /// The earlier tree of <paramref name="path"/> when its text has the same bytes (checksum and
    /// encoding) and it was parsed with the same options; else null. Safe to call from parallel parses.
    /// </summary>
    public SyntaxTree? TakeUnchanged(string path, SourceText text, ParseOptions options)
    {
        if (!_byPath.TryGetValue(path, out var tree) || !tree.Options.Equals(options) || !tree.TryGetText(out var earlier))
        {
            return null;
        }

        var same = earlier.ChecksumAlgorithm == text.ChecksumAlgorithm
                   && Equals(earlier.Encoding, text.Encoding)
                   && earlier.GetChecksum().SequenceEqual(text.GetChecksum());
        return same && _taken.TryAdd(path, true) ? tree : null;
    }

    /// <summary>
    /// A compilation of <paramref name="trees"/> (in that order) with these settings, made from the
    /// earlier one: Roslyn keeps what the changes leave valid (the bound references when the options
    /// and references bind alike, the declarations of unchanged trees when the tree list keeps its order).
    /// </summary>
    public CSharpCompilation Derive(string? assemblyName, CSharpCompilationOptions options, IReadOnlyList<MetadataReference> references, ImmutableArray<SyntaxTree> trees)
    {
        var result = Compilation;
        if (result.AssemblyName != assemblyName)
        {
            result = result.WithAssemblyName(assemblyName);
        }

        if (!result.Options.Equals(options))
        {
            result = result.WithOptions(options);
        }

        if (!result.References.SequenceEqual(references))
        {
            result = result.WithReferences(references);
        }

        var earlier = result.SyntaxTrees;
        if (earlier.Length != trees.Length
            || !earlier.Zip(trees).All(pair => pair.First.FilePath == pair.Second.FilePath && pair.First.Options.Equals(pair.Second.Options)))
        {
            // Files were added, removed or reordered, or the parse options changed (a compilation's
            // trees must agree on the language version at every step): a new tree list in the project's order.
            return result.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        }

        for (var i = 0; i < trees.Length; i++)
        {
            if (!ReferenceEquals(earlier[i], trees[i]))
            {
                result = result.ReplaceSyntaxTree(earlier[i], trees[i]);
            }
        }

        return result;
    }
}
