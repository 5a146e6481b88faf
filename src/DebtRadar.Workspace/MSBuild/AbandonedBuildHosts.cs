using System.Diagnostics;
using System.Globalization;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Ends the BuildHost processes this process started, after an evaluation was abandoned at the load
/// timeout: a host blocked in the OS (an import that never finishes opening) never answers its
/// shutdown request and outlives DebtRadar otherwise. Linux only (it reads /proc); elsewhere nothing.
/// </summary>
internal static class AbandonedBuildHosts
{
    private const string HostAssembly = "Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost";

    public static int Kill()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return 0;
        }

        var killed = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || ParentOf(folder) != Environment.ProcessId
                || !CommandLineOf(folder).Contains(HostAssembly, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                using var host = Process.GetProcessById(pid);
                host.Kill(entireProcessTree: true);
                killed++;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }

        return killed;
    }

    /// <summary>The fourth field of /proc/PID/stat, after the command name in parentheses (which may hold spaces).</summary>
    private static int ParentOf(string folder)
    {
        var stat = ReadOrEmpty(Path.Combine(folder, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : -1;
    }

    private static string CommandLineOf(string folder) => ReadOrEmpty(Path.Combine(folder, "cmdline"));

    private static string ReadOrEmpty(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
