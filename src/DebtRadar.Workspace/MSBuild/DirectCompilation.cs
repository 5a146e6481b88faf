using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using DebtRadar.Workspace.Reuse;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Builds a project's compilation straight from its <see cref="ProjectInfo"/>: the files are read and
/// parsed in parallel, one task per core, and handed to <see cref="CSharpCompilation.Create"/>. No
/// workspace is involved, so nothing caches the compilation beyond its caller, and a load-cache hit
/// needs no MEF host at all. The trees come in the project's document order, as a workspace gives them.
/// With a <see cref="CompilationReuse"/> (a backfill), file references are shared across loads, an
/// unchanged file keeps its earlier tree and, when the options and references are the same, the
/// compilation is derived from the project's previous one.
/// </summary>
internal static class DirectCompilation
{
    private static readonly LoadTextOptions TextOptions = new(SourceHashAlgorithm.Sha256);

    /// <summary>The compilation and, per file that could not be read, its path and the reason.</summary>
    public static async Task<(CSharpCompilation Compilation, ImmutableArray<(string Path, string Reason)> Unreadable)> CreateAsync(
        ProjectInfo info, IEnumerable<MetadataReference> references, CancellationToken cancellationToken, CompilationReuse? reuse = null)
    {
        var parseOptions = info.ParseOptions as CSharpParseOptions ?? CSharpParseOptions.Default;
        var documents = info.Documents;
        var trees = new SyntaxTree[documents.Count];
        var key = $"{info.FilePath ?? info.Name}|{info.AssemblyName}";
        var previous = reuse?.Previous(key);
        var reused = 0;
        var unreadable = new ConcurrentBag<(string, string)>();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForAsync(0, documents.Count, parallel, async (i, ct) =>
        {
            var document = documents[i];
            var path = document.FilePath ?? document.Name;
            SourceText text;
            try
            {
                text = document.TextLoader is { } loader
                    ? (await loader.LoadTextAndVersionAsync(TextOptions, ct).ConfigureAwait(false)).Text
                    : SourceText.From(string.Empty);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // As a workspace does: the file stays in the project, empty, and the failure is reported.
                unreadable.Add((path, e.Message.Split('\n', 2)[0]));
                text = SourceText.From(string.Empty);
            }

            var treeOptions = parseOptions.WithKind(document.SourceCodeKind);
            if (previous?.TakeUnchanged(path, text, treeOptions) is { } earlier)
            {
                trees[i] = earlier;
                Interlocked.Increment(ref reused);
            }
            else
            {
                trees[i] = CSharpSyntaxTree.ParseText(text, treeOptions, path, ct);
            }
        }).ConfigureAwait(false);

        var options = info.CompilationOptions as CSharpCompilationOptions ?? new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        var shared = reuse is null ? references.ToList() : references.Select(reuse.Share).ToList();
        var created = previous is not null
            ? previous.Derive(info.AssemblyName, options, shared, [.. trees])
            : CSharpCompilation.Create(info.AssemblyName, trees, shared, options);
        reuse?.Remember(key, created, previous is not null, reused);
        Compilation compilation = created;

        // As a workspace does: generated files join the compilation (generated partial members are part of their types).
        // The targeting pack's generators are skipped where no file names their attributes: they would generate nothing.
        var generators = GeneratorTriggers.Needed([.. info.AnalyzerReferences], trees, cancellationToken)
            .SelectMany(r => r.GetGenerators(LanguageNames.CSharp))
            .ToImmutableArray();
        if (!generators.IsEmpty)
        {
            CSharpGeneratorDriver.Create(generators, parseOptions: parseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _, cancellationToken);
        }

        return ((CSharpCompilation)compilation, [.. unreadable.OrderBy(u => u.Item1, StringComparer.Ordinal)]);
    }
}
