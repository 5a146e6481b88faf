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
        Span<byte> stat = stackalloc byte[StatBytes];
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || ParentOf(Path.Combine(folder, "stat"), stat) != Environment.ProcessId)
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

    /// <summary>
    /// The fourth field of /proc/PID/stat, after the command name in parentheses (which may hold spaces);
    /// -1 when the file cannot be read. Read into <paramref name="buffer"/>, without allocating: the
    /// loader asks every 100 ms of a load, once per process on the machine.
    /// </summary>
    internal static int ParentOf(string statFile, Span<byte> buffer)
    {
        int length;
        try
        {
            using var handle = File.OpenHandle(statFile);
            length = RandomAccess.Read(handle, buffer, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return -1;
        }

        // ") STATE PPID ...": the parent is the second field after the last ')'.
        var afterName = buffer[..length];
        var close = afterName.LastIndexOf((byte)')');
        if (close < 0)
        {
            return -1;
        }

        var rest = afterName[(close + 1)..].TrimStart((byte)' ');
        var afterState = rest.IndexOf((byte)' ');
        if (afterState < 0)
        {
            return -1;
        }

        var parentField = rest[(afterState + 1)..];
        var end = parentField.IndexOf((byte)' ');
        return System.Buffers.Text.Utf8Parser.TryParse(end < 0 ? parentField : parentField[..end], out int parent, out _) ? parent : -1;
    }

    /// <summary>
    /// Room for the start of a /proc/PID/stat line: the parent comes within its first few dozen bytes
    /// (the command name is at most 16), so a longer line is read only in part.
    /// </summary>
    internal const int StatBytes = 1024;

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
