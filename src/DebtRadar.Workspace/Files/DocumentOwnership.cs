namespace DebtRadar.Workspace.Files;

/// <summary>
/// Decides which project measures a file that several projects compile (a linked file, or a
/// strong-named twin that includes <c>..\Lib\**\*.cs</c>): the project whose folder holds the
/// file, the deepest such folder if several do, else the first project in load order.
/// </summary>
internal static class DocumentOwnership
{
    /// <param name="projects">Project file paths with the documents each compiles, in load order.</param>
    /// <returns>Document path → owning project file path.</returns>
    public static Dictionary<string, string> Assign(IEnumerable<(string ProjectFile, IEnumerable<string> Documents)> projects)
    {
        var owners = new Dictionary<string, string>(PathText.Comparer);
        var inside = new Dictionary<string, int>(PathText.Comparer); // depth of the owner's folder, -1 when outside
        foreach (var (projectFile, documents) in projects)
        {
            var folder = Path.GetDirectoryName(projectFile)! + Path.DirectorySeparatorChar;
            var depth = folder.Count(c => c == Path.DirectorySeparatorChar);
            foreach (var document in documents)
            {
                var contains = document.StartsWith(folder, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
                var score = contains ? depth : -1;
                if (!inside.TryGetValue(document, out var best) || score > best)
                {
                    owners[document] = projectFile;
                    inside[document] = score;
                }
            }
        }

        return owners;
    }
}
