using System.Diagnostics;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Ends the BuildHost processes this process started, after an evaluation was abandoned at the load
/// timeout: a host blocked in the OS (an import that never finishes opening) never answers its
/// shutdown request and outlives DebtRadar otherwise. Linux only (it reads /proc); elsewhere nothing.
/// </summary>
internal static class AbandonedBuildHosts
{
    /// <returns>The hosts ended, whose pipes' socket files are now left over.</returns>
    public static IReadOnlyList<ChildBuildHosts.Host> Kill()
    {
        var killed = new List<ChildBuildHosts.Host>();
        foreach (var host in ChildBuildHosts.Find())
        {
            try
            {
                using var process = Process.GetProcessById(host.ProcessId);
                process.Kill(entireProcessTree: true);
                killed.Add(host);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }

        return killed;
    }
}
