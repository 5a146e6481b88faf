using System.Collections.Concurrent;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Roslyn's BuildHost listens on a Unix domain socket named after its pipe in the temporary folder
/// and leaves the file behind when it exits (dotnet/roslyn#73795): one more file per scan, for ever.
/// The loader notes the pipes of the hosts it started while they run, and removes their socket files
/// once it has shut them down. Only names of the form the host uses (a GUID) are touched.
/// </summary>
internal sealed class BuildHostSockets
{
    private readonly ConcurrentDictionary<string, byte> _pipes = new(StringComparer.Ordinal);

    /// <summary>Pipes noted so far.</summary>
    public IReadOnlyCollection<string> Pipes => [.. _pipes.Keys];

    /// <summary>Notes the pipes of this process's running BuildHosts.</summary>
    public void NoteRunning() => Note(ChildBuildHosts.Find());

    public void Note(IEnumerable<ChildBuildHosts.Host> hosts)
    {
        foreach (var host in hosts.Where(h => Guid.TryParse(h.PipeName, out _)))
        {
            _pipes.TryAdd(host.PipeName, 0);
        }
    }

    /// <summary>Deletes the socket files of the noted pipes that are still there; call after the hosts have exited.</summary>
    /// <returns>The number of files deleted.</returns>
    public int RemoveLeftovers()
    {
        var removed = 0;
        foreach (var pipe in _pipes.Keys)
        {
            var path = Path.Combine(Path.GetTempPath(), pipe);
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                    removed++;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not ours to insist on: the file stays, as it would have without this.
            }
        }

        return removed;
    }
}
