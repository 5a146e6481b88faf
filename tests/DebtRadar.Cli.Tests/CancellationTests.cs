using System.Diagnostics;
using System.Globalization;
using System.Text;
using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

public sealed class CancellationTests
{
    [Fact]
    public async Task Scan_CtrlCDuringTheScan_StopsCleanlyWithExitCode130AndNoOutputFile()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // SIGINT is sent with kill(1)
        }

        using var folder = new TempFolder();
        for (var project = 0; project < 12; project++)
        {
            folder.Write($"P{project:D2}/P{project:D2}.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
            for (var file = 0; file < 60; file++)
            {
                folder.Write($"P{project:D2}/F{file:D2}.cs", Source(project, file));
            }
        }

        var output = Path.Combine(folder.Path, "members.csv");
        var cli = Path.Combine(AppContext.BaseDirectory, "debtradar.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "scan", folder.Path, "--syntax-only", "--jobs", "1", "--out", output },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        var firstProjectDone = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }

            if (e.Data.StartsWith("scanned ", StringComparison.Ordinal))
            {
                firstProjectDone.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();

        await firstProjectDone.Task.WaitAsync(TimeSpan.FromMinutes(2));
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(130, process.ExitCode);
        lock (stderr)
        {
            Assert.Contains("debtradar: cancelled", stderr.ToString(), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    private static string Source(int project, int file)
    {
        var builder = new StringBuilder($"namespace P{project}; public class C{file} {{\n");
        for (var member = 0; member < 40; member++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  public int M{member}(int a, int b) {{ if (a > b && b > {member}) {{ for (var i = 0; i < a; i++) {{ b += i switch {{ 0 => 1, _ => 2 }}; }} }} return a ?? b; }}\n");
        }

        return builder.Append("}\n").ToString();
    }
}
