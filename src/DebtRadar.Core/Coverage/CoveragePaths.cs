namespace DebtRadar.Core.Coverage;

/// <summary>
/// Matches the paths a coverage report gives (absolute on the machine that ran the tests, or
/// relative to a <c>&lt;source&gt;</c>) to the scan's repository-relative paths: under the
/// repository root it is an exact look-up; elsewhere (another machine, deterministic <c>/_/</c>
/// paths) the scanned file sharing the longest tail of path segments wins, when it is the only one
/// sharing that many.
/// </summary>
internal sealed class CoveragePaths
{
    private readonly string _root;
    private readonly HashSet<string> _paths;
    private readonly ILookup<string, string> _byName;

    public CoveragePaths(string repositoryRoot, IEnumerable<string> relativePaths)
    {
        _root = CoverageReader.NormalisePath(repositoryRoot).TrimEnd('/');
        _paths = new HashSet<string>(relativePaths, StringComparer.Ordinal);
        _byName = _paths.ToLookup(FileName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The scanned path the first matching candidate names, or null.</summary>
    public string? Match(IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (MatchOne(candidate) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private string? MatchOne(string candidate)
    {
        if (_root.Length > 0 && candidate.StartsWith(_root + "/", StringComparison.Ordinal) && _paths.Contains(candidate[(_root.Length + 1)..]))
        {
            return candidate[(_root.Length + 1)..];
        }

        var segments = candidate.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var best = (Path: (string?)null, Shared: 0, Ties: 0);
        foreach (var path in _byName[segments[^1]])
        {
            var shared = SharedTail(segments, path.Split('/'));
            if (shared > best.Shared)
            {
                best = (path, shared, 1);
            }
            else if (shared == best.Shared)
            {
                best.Ties++;
            }
        }

        return best.Ties == 1 ? best.Path : null;
    }

    private static int SharedTail(string[] a, string[] b)
    {
        var shared = 0;
        while (shared < a.Length && shared < b.Length
               && string.Equals(a[a.Length - 1 - shared], b[b.Length - 1 - shared], StringComparison.OrdinalIgnoreCase))
        {
            shared++;
        }

        return shared;
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
