using System.Runtime.CompilerServices;

namespace DebtRadar.Cli.Tests.Golden;

/// <summary>Compares output with a reviewed file in this folder; DEBTRADAR_UPDATE_GOLDEN=1 rewrites it (review the diff).</summary>
internal static class CliGoldenFile
{
    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, name);
        if (Environment.GetEnvironmentVariable("DEBTRADAR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file missing: {path}");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
