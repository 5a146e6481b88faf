using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// The source generators the .NET targeting pack adds to every project produce output only for
/// declarations that carry one of their attributes (<c>[GeneratedRegex]</c>, <c>[LibraryImport]</c>,
/// <c>[JsonSerializable]</c>…), found by name in the source. When no file of the compilation spells
/// any of those names, running them adds nothing but the cost of loading, compiling and running
/// them: on a rescan of a 35k-line project that was the largest single item after parsing
/// (docs/performance.md). Generators of any other assembly always run.
/// </summary>
internal static class GeneratorTriggers
{
    /// <summary>
    /// Per generator assembly of the targeting packs (and of the System.Text.Json package, which
    /// ships the same generator): the attribute names its generators start from. Every generator
    /// type in these assemblies finds its input with <c>ForAttributeWithMetadataName</c> on one of
    /// these attributes and registers no output of its own
    /// (GeneratorTriggersTests checks the second half against the installed packs).
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> ByAssemblyFile = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Text.RegularExpressions.Generator.dll"] = ["GeneratedRegex"],
        ["System.Text.Json.SourceGeneration.dll"] = ["JsonSerializable"],
        ["Microsoft.Interop.LibraryImportGenerator.dll"] = ["LibraryImport"],
        ["Microsoft.Interop.ComInterfaceGenerator.dll"] = ["GeneratedComInterface", "GeneratedComClass", "VirtualMethodIndex"],
        ["Microsoft.Interop.JavaScript.JSImportGenerator.dll"] = ["JSImport", "JSExport"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The package folders the table's assemblies are trusted from.</summary>
    private static readonly string[] KnownPackages = ["microsoft.netcore.app.ref", "system.text.json"];

    /// <summary>
    /// The analyzer references whose generators can add something to <paramref name="trees"/>:
    /// all of them, except a targeting-pack generator assembly none of whose attributes any tree spells.
    /// </summary>
    public static IReadOnlyList<AnalyzerReference> Needed(IReadOnlyList<AnalyzerReference> references, IReadOnlyList<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var needed = new List<AnalyzerReference>(references.Count);
        string[]? texts = null;
        foreach (var reference in references)
        {
            if (TriggersOf(reference) is not { } triggers)
            {
                needed.Add(reference);
                continue;
            }

            texts ??= [.. trees.Select(t => t.GetText(cancellationToken).ToString())];
            if (triggers.Any(trigger => texts.Any(text => text.Contains(trigger, StringComparison.Ordinal))))
            {
                needed.Add(reference);
            }
        }

        return needed;
    }

    /// <summary>The trigger names of a known targeting-pack generator assembly; null for any other reference.</summary>
    internal static string[]? TriggersOf(AnalyzerReference reference)
    {
        if (reference.FullPath is not { } path || !ByAssemblyFile.TryGetValue(Path.GetFileName(path), out var triggers))
        {
            return null;
        }

        var folder = path.Replace('\\', '/');
        return KnownPackages.Any(p => folder.Contains('/' + p + '/', StringComparison.OrdinalIgnoreCase)) ? triggers : null;
    }
}
