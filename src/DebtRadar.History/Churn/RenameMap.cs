namespace DebtRadar.History.Churn;

/// <summary>
/// Maps older names to the name a file has at the analysed commit. Commits arrive newest first, so a rename
/// is seen before any change made under the old name: from then on the old name resolves to the new one.
/// </summary>
internal sealed class RenameMap
{
    private readonly Dictionary<string, string> current = new(StringComparer.Ordinal);

    public string Resolve(string path) => current.GetValueOrDefault(path, path);

    /// <summary>Records a rename seen in a commit; returns the current name of the renamed file.</summary>
    public string Renamed(string oldPath, string newPath)
    {
        var name = Resolve(newPath);
        if (!string.Equals(oldPath, name, StringComparison.Ordinal))
        {
            current[oldPath] = name;
        }

        return name;
    }
}
