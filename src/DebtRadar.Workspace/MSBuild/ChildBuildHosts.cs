using System.Globalization;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// The BuildHost processes this process started, read from /proc: Linux only, elsewhere none.
/// A host's command line ends with the name of the pipe it listens on.
/// </summary>
internal static class ChildBuildHosts
{
    private const string HostAssembly = "Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost";

    public sealed record Host(int ProcessId, string PipeName);

    public static IReadOnlyList<Host> Find()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return [];
        }

        var hosts = new List<Host>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || ParentOf(folder) != Environment.ProcessId)
            {
                continue;
            }

            var arguments = ReadOrEmpty(Path.Combine(folder, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
            if (arguments.Any(a => a.Contains(HostAssembly, StringComparison.Ordinal)))
            {
                hosts.Add(new Host(pid, arguments[^1]));
            }
        }

        return hosts;
    }

    /// <summary>The fourth field of /proc/PID/stat, after the command name in parentheses (which may hold spaces).</summary>
    private static int ParentOf(string folder)
    {
        var stat = ReadOrEmpty(Path.Combine(folder, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : -1;
    }

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
