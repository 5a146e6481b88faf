using System.Diagnostics;
using System.Text.Json;
using DebtRadar.Core.Model;

namespace DebtRadar.Storage.Tests;

/// <summary>A fresh folder per test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "debtradar-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Db => System.IO.Path.Combine(Path, ".debtradar", "debtradar.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still be releasing a handle; the OS temp folder is cleaned anyway.
        }
    }
}

internal static class Json
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>Records holding ImmutableArray compare arrays by reference; their JSON compares by value.</summary>
    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);
}

/// <summary>Runs the storage test host (a real child process).</summary>
internal static class Host
{
    public static Process Start(params string[] args)
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "DebtRadar.Storage.TestHost.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("The test host did not start.");
    }
}

internal static class Totals
{
    /// <summary>Totals recomputed from the files, independently of the store's accumulator.</summary>
    public static (int Files, int Members, int Loc, int Cc, int Cog, int? WorstMi) Of(IEnumerable<FileResult> files)
    {
        var list = files.ToList();
        var members = list.SelectMany(f => f.Members).ToList();
        return (
            list.Count,
            members.Count,
            list.Sum(f => f.SourceLines),
            members.Sum(m => m.Metrics.Cyclomatic),
            members.Sum(m => m.Metrics.Cognitive),
            members.Count == 0 ? null : members.Min(m => m.Metrics.MaintainabilityIndex));
    }
}
