using System.Diagnostics;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Reliability;

/// <summary>
/// A project whose MSBuild evaluation never ends: its Directory.Build.props imports a named pipe
/// nobody writes to, so opening the import blocks in the OS. Run as a child process, because the
/// timeout ends the BuildHost processes the CLI started, which in-process would be the test run's.
/// </summary>
public sealed class HangingLoadTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
        </Project>
        """;

    [LinuxFact]
    public async Task Scan_ImportThatNeverOpens_CutOffByLoadTimeoutOtherProjectsScannedNothingLeftRunning()
    {
        using var repo = new TempFolder();
        repo.Write("Directory.Build.props", "<Project />");
        repo.Write("Hang.slnx", """<Solution><Project Path="A/A.csproj" /><Project Path="B/B.csproj" /></Solution>""");
        repo.Write("A/A.csproj", Project);
        repo.Write("A/Directory.Build.props", """<Project><Import Project="blocked.props" /></Project>""");
        repo.Write("A/Alpha.cs", "namespace A; public class Alpha { public int M(int x) { if (x > 1) { return 1; } return 0; } }");
        repo.Write("B/B.csproj", Project);
        repo.Write("B/Beta.cs", "namespace B; public class Beta { public int N(int x) { while (x > 1) { x--; } return x; } }");
        MakeFifo(Path.Combine(repo.Path, "A", "blocked.props"));

        // The database turns the load cache on, whose fingerprint reads every .props file: the pipe too.
        var database = Path.Combine(repo.Path, ".debtradar", "debtradar.db");

        // Five seconds of timeout plus a generous margin for a loaded machine: without the cut-off the scan never ends.
        var (code, output, error, _) = await CliProcess.RunAsync(
            ["scan", Path.Combine(repo.Path, "Hang.slnx"), "--db", database, "--no-history", "--load-timeout", "5", "--verbose"],
            TimeSpan.FromMinutes(4));

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("load.timeout: MSBuild evaluation exceeded the load timeout (5 s)", output, StringComparison.Ordinal);
        Assert.Contains("Alpha.M(int)", output, StringComparison.Ordinal);
        Assert.Contains("Beta.N(int)", output, StringComparison.Ordinal);
        Assert.Contains("2 projects (2 syntax-only", output, StringComparison.Ordinal);
        Assert.Empty(await ProcessesHoldingAsync(repo.Path));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Processes with a file of the folder open, after a short grace for a killed one to go.</summary>
    private static async Task<List<string>> ProcessesHoldingAsync(string folder)
    {
        var holders = new List<string>();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            holders = [.. Directory.EnumerateDirectories("/proc").Where(p => HoldsFileUnder(p, folder)).Select(Path.GetFileName).OfType<string>()];
            if (holders.Count == 0)
            {
                break;
            }

            await Task.Delay(250);
        }

        return holders;
    }

    private static bool HoldsFileUnder(string process, string folder)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd"))
                .Any(fd => File.ResolveLinkTarget(fd, returnFinalTarget: false)?.FullName.StartsWith(folder + "/", StringComparison.Ordinal) == true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs Linux: named pipes made with mkfifo and processes read from /proc.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux: a named pipe (mkfifo) as the hanging import and /proc to find what is left running";
        }
    }
}
