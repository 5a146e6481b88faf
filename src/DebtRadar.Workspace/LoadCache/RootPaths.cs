using DebtRadar.Workspace.Files;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>Stores paths under the repository root relative to it, so a cache made in one copy serves another.</summary>
internal sealed class RootPaths(string root)
{
    private readonly string _root = PathText.Normalize(root);

    /// <summary>Root-relative with <c>/</c> when under the root, else the full path.</summary>
    public string ToStored(string fullPath)
    {
        var relative = PathText.Relative(_root, fullPath);
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    public string ToFull(string stored) =>
        Path.IsPathRooted(stored) ? stored : Path.GetFullPath(Path.Combine(_root, stored.Replace('/', Path.DirectorySeparatorChar)));

    public string Tokenize(string message) => message.Replace(_root, CachedLoad.RootToken, StringComparison.Ordinal);

    public string Detokenize(string message) => message.Replace(CachedLoad.RootToken, _root, StringComparison.Ordinal);

    /// <summary>True for a stored relative path inside a bin/ or obj/ folder.</summary>
    public static bool IsBuildOutput(string stored) =>
        !Path.IsPathRooted(stored)
        && stored.Split('/').Any(s => s.Equals("obj", StringComparison.OrdinalIgnoreCase) || s.Equals("bin", StringComparison.OrdinalIgnoreCase));
}
