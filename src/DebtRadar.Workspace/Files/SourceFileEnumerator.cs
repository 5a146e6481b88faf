using System.Collections.Immutable;

namespace DebtRadar.Workspace.Files;

/// <summary>Walks folders for project and source files, skipping build output and hidden folders.</summary>
internal static class SourceFileEnumerator
{
    /// <summary>Every <c>*.csproj</c> below <paramref name="folder"/>, bin/obj excluded, sorted.</summary>
    public static ImmutableArray<string> FindProjectFiles(string folder) =>
        [.. Walk(folder, stopAtNestedProjects: false)
            .SelectMany(d => SafeFiles(d, "*.csproj"))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Every <c>*.cs</c> below <paramref name="folder"/>, bin/obj excluded. With
    /// <paramref name="stopAtNestedProjects"/>, a subfolder holding its own <c>*.csproj</c>
    /// belongs to that project and is skipped.
    /// </summary>
    public static IEnumerable<string> EnumerateSources(string folder, bool stopAtNestedProjects) =>
        Walk(folder, stopAtNestedProjects).SelectMany(d => SafeFiles(d, "*.cs"));

    public static bool IsBuildOutputFolder(string name) =>
        name.Equals("bin", StringComparison.OrdinalIgnoreCase)
        || name.Equals("obj", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Walk(string root, bool stopAtNestedProjects)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            yield return folder;
            foreach (var child in SafeDirectories(folder).Order(StringComparer.Ordinal).Reverse())
            {
                if (!Skip(child, stopAtNestedProjects))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static bool Skip(string folder, bool stopAtNestedProjects)
    {
        var name = Path.GetFileName(folder);
        if (IsBuildOutputFolder(name) || name.StartsWith('.'))
        {
            return true;
        }

        // A symbolic link may point back up the tree; following it could walk forever.
        if (new DirectoryInfo(folder).Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return true;
        }

        return stopAtNestedProjects && SafeFiles(folder, "*.csproj").Any();
    }

    private static string[] SafeDirectories(string folder)
    {
        try
        {
            return Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static IEnumerable<string> SafeFiles(string folder, string pattern)
    {
        try
        {
            return Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
