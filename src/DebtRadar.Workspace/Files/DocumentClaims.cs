namespace DebtRadar.Workspace.Files;

/// <summary>
/// A file linked into several projects is measured once, by the first project (in dependency
/// order) that claims it. One instance lives for one load.
/// </summary>
internal sealed class DocumentClaims
{
    private readonly HashSet<string> _claimed = new(PathText.Comparer);
    private readonly Lock _gate = new();

    public bool TryClaim(string fullPath)
    {
        lock (_gate)
        {
            return _claimed.Add(fullPath);
        }
    }
}
