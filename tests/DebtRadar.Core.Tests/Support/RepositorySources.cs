namespace DebtRadar.Core.Tests.Support;

/// <summary>
/// Real C# at hand for tests that check a fast path against Roslyn's own answer on every file:
/// the test assets and DebtRadar's own sources, found above the test's output folder.
/// </summary>
internal static class RepositorySources
{
    /// <summary>The .cs files (obj folders excluded) under tests/TestAssets and <paramref name="sourceFolder"/> (relative to the repository root), in ordinal order.</summary>
    public static List<string> Files(string sourceFolder)
    {
        var root = Root();
        return Directory.EnumerateFiles(Path.Combine(root, "tests", "TestAssets"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, sourceFolder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "TestAssets")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("src and tests/TestAssets not found above " + AppContext.BaseDirectory);
    }
}
