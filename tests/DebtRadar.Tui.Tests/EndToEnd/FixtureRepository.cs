using System.Diagnostics;

namespace DebtRadar.Tui.Tests.EndToEnd;

/// <summary>
/// A small git repository with three commits (a method growing complex and blocking on a task, a second
/// author adding a class) and a database with one syntax-only snapshot per commit, made by the real program.
/// </summary>
internal sealed class FixtureRepository : IDisposable
{
    public FixtureRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "debtradar-dashboard-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "src", "Shop"));
        Git("init", "-q", "-b", "main");
    }

    public string Root { get; }

    public string Database => Path.Combine(Root, "snapshots.db");

    public static string ProgramPath
    {
        get
        {
            // The test runs from tests/DebtRadar.Tui.Tests/bin/<Configuration>/net10.0/; the program is built beside it in src/.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(RepositoryRoot.Find(), "src", "DebtRadar.Cli", "bin", configuration, "net10.0", "debtradar.dll");
        }
    }

    /// <summary>The three commits, each scanned into <see cref="Database"/>.</summary>
    public void Build()
    {
        Write("src/Shop/Shop.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        Write("src/Shop/OrderProcessor.cs", """
            using System.Threading.Tasks;
            namespace Shop;
            public class OrderProcessor
            {
                public int Route(int a, int b, int c)
                {
                    if (a > 0) { if (b > 0) { if (c > 0) { return 1; } else { return 2; } } }
                    return 0;
                }
                Task<int> Load() => Task.FromResult(1);
                public int Get() => Load().Result;
            }
            """);
        Write("src/Shop/Invoice.cs", """
            namespace Shop;
            public class Invoice
            {
                public decimal Total(decimal[] lines) { decimal t = 0; foreach (var l in lines) { t += l; } return t; }
            }
            """);
        CommitAndScan("Alice", "2026-01-05T10:00:00+00:00");

        Write("src/Shop/OrderProcessor.cs", """
            using System.Threading.Tasks;
            namespace Shop;
            public class OrderProcessor
            {
                public int Route(int a, int b, int c, int d)
                {
                    if (a > 0) { if (b > 0) { if (c > 0) { for (var i = 0; i < d; i++) { if (i % 2 == 0 && a > b || c < d) { return i; } } return 1; } else { return 2; } } }
                    else if (a < -10) { while (b-- > 0) { if (c > b) { return 3; } } }
                    switch (d) { case 1: return 4; case 2: return 5; default: break; }
                    return 0;
                }
                Task<int> Load() => Task.FromResult(1);
                public int Get() => Load().Result;
                public int Wait() { Load().Wait(); return 0; }
            }
            """);
        CommitAndScan("Alice", "2026-02-05T10:00:00+00:00");

        File.AppendAllText(Path.Combine(Root, "src/Shop/Invoice.cs"), """

            public class Tax
            {
                public decimal Rate(string country) { if (country == "DE") { return 0.19m; } if (country == "FR") { return 0.2m; } return 0m; }
            }

            """);
        CommitAndScan("Bob", "2026-03-05T10:00:00+00:00");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder; a leftover fixture must not fail the test.
        }
    }

    private void Write(string path, string text) => File.WriteAllText(Path.Combine(Root, path), text + "\n");

    private void CommitAndScan(string author, string date)
    {
        Git("add", "-A");
        Git("-c", $"user.name={author}", "-c", $"user.email={author.ToLowerInvariant()}@example.com", "commit", "-q", "-m", "change", "--date", date);
        var (code, output) = Run("dotnet", Root, [ProgramPath, "scan", ".", "--syntax-only", "--db", Database]);
        if (code != 0)
        {
            throw new InvalidOperationException($"debtradar scan failed ({code}):\n{output}");
        }
    }

    private void Git(params string[] args)
    {
        var (code, output) = Run("git", Root, args);
        if (code != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed:\n{output}");
        }
    }

    private static (int Code, string Output) Run(string program, string folder, string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
