namespace DebtRadar.Workspace.Targets;

internal static class RepositoryRoot
{
    /// <summary>
    /// The nearest folder at or above <paramref name="folder"/> holding <c>.git</c> — a directory
    /// in a clone, a file in a worktree or submodule — else <paramref name="folder"/> itself.
    /// </summary>
    public static string Find(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return Path.TrimEndingDirectorySeparator(current.FullName);
            }
        }

        return Path.TrimEndingDirectorySeparator(folder);
    }
}
