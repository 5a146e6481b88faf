using System.Collections.Concurrent;
using System.Diagnostics;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Roslyn's BuildHost listens on a Unix domain socket named after its pipe in the temporary folder
/// and leaves the file behind when it exits (dotnet/roslyn#73795): one more file per scan, for ever.
/// The loader notes the BuildHosts running under this process while it loads, and once the load is
/// over removes the socket files of the noted hosts that have exited. A host still running (another
/// loader's, in a process that runs several) keeps its file: its own loader removes it. Only names
/// of the form the host uses (a GUID) are touched.
/// </summary>
internal sealed class BuildHostSockets
{
    // How long removal waits, in all, for noted hosts to finish exiting: the loader's own host has
    // normally exited by then (Roslyn shuts it down at the end of each load call).
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, int> _hosts = new(StringComparer.Ordinal);

    /// <summary>Pipes noted so far.</summary>
    public IReadOnlyCollection<string> Pipes => [.. _hosts.Keys];

    /// <summary>Notes the pipes of this process's running BuildHosts.</summary>
    public void NoteRunning() => Note(ChildBuildHosts.Find());

    public void Note(IEnumerable<ChildBuildHosts.Host> hosts)
    {
        foreach (var host in hosts.Where(h => Guid.TryParse(h.PipeName, out _)))
        {
            _hosts.TryAdd(host.PipeName, host.ProcessId);
        }
    }

    /// <summary>Deletes the socket files of the noted hosts that have exited.</summary>
    /// <returns>The number of files deleted.</returns>
    public int RemoveLeftovers()
    {
        var started = Stopwatch.GetTimestamp();
        var removed = 0;
        foreach (var (pipe, processId) in _hosts)
        {
            var path = Path.Combine(Path.GetTempPath(), pipe);
            if (!File.Exists(path) || !HasExited(processId, ExitWait - Stopwatch.GetElapsedTime(started)))
            {
                continue;
            }

            try
            {
                File.Delete(path);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not ours to insist on: the file stays, as it would have without this.
            }
        }

        return removed;
    }

    private static bool HasExited(int processId, TimeSpan wait)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.WaitForExit(Math.Max(0, (int)wait.TotalMilliseconds));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return true; // no such process any more
        }
    }
}
