using System.Diagnostics;

namespace DebtRadar.Cli.Tests.Support;

/// <summary>
/// Runs the built CLI (<c>dotnet debtradar.dll</c>) as a child process, optionally as an unprivileged
/// user: what a user runs, with its own exit code and streams, and children (the BuildHost) of its own.
/// </summary>
internal static class CliProcess
{
    /// <summary>nobody/nogroup: a user that owns nothing the tests make.</summary>
    private const int UnprivilegedId = 65534;

    private static readonly Lazy<string> SharedCopy = new(CopyBuildOutputForAll);

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    /// <summary>How to drop root for one command, or null when no tool for it is installed.</summary>
    public static string[]? DropRootPrefix()
    {
        if (Find("setpriv", "/usr/bin", "/bin") is { } setpriv)
        {
            return [setpriv, $"--reuid={UnprivilegedId}", $"--regid={UnprivilegedId}", "--clear-groups"];
        }

        return Find("runuser", "/usr/sbin", "/sbin") is { } runuser ? [runuser, "-u", "nobody", "--"] : null;
    }

    /// <summary>Runs the CLI; as an unprivileged user when <paramref name="unprivileged"/> and the test runs as root.</summary>
    public static async Task<(int ExitCode, string Out, string Error, TimeSpan Elapsed)> RunAsync(
        IReadOnlyList<string> args, TimeSpan timeout, bool unprivileged = false)
    {
        var command = new List<string>();
        var folder = AppContext.BaseDirectory;
        if (unprivileged && IsRoot)
        {
            command.AddRange(DropRootPrefix() ?? throw new InvalidOperationException("neither setpriv nor runuser is installed"));
            folder = SharedCopy.Value;
        }

        command.Add(DotnetHost());
        command.Add(Path.Combine(folder, "debtradar.dll"));
        command.AddRange(args);

        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        // The unprivileged user has no home; the host and the CLI must not need one.
        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("DEBTRADAR_TRACE");

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"debtradar {string.Join(' ', args)} still ran after {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, await output, await error, watch.Elapsed);
    }

    /// <summary>The dotnet host running this test (the unprivileged user gets the same one).</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Find("dotnet", "/usr/bin", "/usr/share/dotnet", "/usr/lib/dotnet") ?? "dotnet";

    /// <summary>
    /// The build output may sit under folders only root can enter (a checkout in root's home), so the
    /// unprivileged run uses a world-readable copy, made once per test run in a folder named after the build output.
    /// </summary>
    private static string CopyBuildOutputForAll()
    {
        if (OperatingSystem.IsWindows())
        {
            return AppContext.BaseDirectory;
        }

        // One copy per build output, refreshed and reused by later runs rather than left behind per run.
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AppContext.BaseDirectory)))[..12];
        var target = Path.Combine(Path.GetTempPath(), "debtradar-cli-shared-" + key);
        var source = AppContext.BaseDirectory;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }

        const UnixFileMode ReadAndEnter = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        foreach (var dir in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories).Prepend(target))
        {
            File.SetUnixFileMode(dir, ReadAndEnter);
        }

        foreach (var file in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, ReadAndEnter);
        }

        return target;
    }

    private static string? Find(string program, params string[] folders) =>
        folders
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// A fact about file permissions: it runs where they bind the CLI, that is as a normal user, or as
/// root when setpriv or runuser can start the CLI as nobody (root ignores permission bits).
/// </summary>
public sealed class PermissionFactAttribute : FactAttribute
{
    public PermissionFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix permission bits: Windows read-only semantics differ";
        }
        else if (CliProcess.IsRoot && CliProcess.DropRootPrefix() is null)
        {
            Skip = "the tests run as root, which ignores permission bits, and neither setpriv nor runuser (util-linux) is installed to run the CLI as nobody";
        }
    }
}
