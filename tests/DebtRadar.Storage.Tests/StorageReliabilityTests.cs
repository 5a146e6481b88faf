using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DebtRadar.Storage.TestHost;

namespace DebtRadar.Storage.Tests;

/// <summary>A long history, a full disk: the database stays usable and as it was.</summary>
public sealed class StorageReliabilityTests
{
    [Fact]
    public void Trend_ThousandSnapshots_OpensAndAnswersOneRowEach()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 1000; i++)
        {
            store.Write(SyntheticScans.Create(i % 50, files: 1), SyntheticScans.Metadata(start.AddHours(i), string.Create(CultureInfo.InvariantCulture, $"c{i}")));
        }

        var reopened = new SnapshotStore(temp.Db);
        var watch = Stopwatch.StartNew();
        var rows = reopened.Trend(TrendScope.Solution);
        var elapsed = watch.Elapsed;

        Assert.Equal(1000, rows.Length);
        Assert.Equal(1000, reopened.List().Length);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"trend over 1000 snapshots took {elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Write_DiskFullMidSnapshot_FailsClearlyAndLeavesTheFileAsItWas()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // the file size limit (ulimit -f) stands in for a full disk on Unix only
        }

        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        for (var i = 0; i < 3; i++)
        {
            store.Write(SyntheticScans.Create(i, files: 10), SyntheticScans.Metadata(DateTimeOffset.UnixEpoch.AddDays(i)));
        }

        var before = SHA256.HashData(File.ReadAllBytes(temp.Db));
        var sizeKb = new FileInfo(temp.Db).Length / 1024;

        // The child may grow no file past the current size plus 64 KB; SIGXFSZ is ignored, so write() fails with EFBIG.
        var dll = Path.Combine(AppContext.BaseDirectory, "DebtRadar.Storage.TestHost.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["DOTNET_EnableWriteXorExecute"] = "0"; // its double mapping grows a file past the limit at start-up
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"trap '' XFSZ; ulimit -f {sizeKb + 64}; exec \"$0\" \"$1\" write \"$2\" 1 500 600"));
        info.ArgumentList.Add(dotnet);
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add(temp.Db);
        using var child = Process.Start(info)!;
        var errorRead = child.StandardError.ReadToEndAsync();
        var output = await child.StandardOutput.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await child.WaitForExitAsync(timeout.Token); // throws if the writer hung on the full disk
        }

        var error = await errorRead;

        Assert.NotEqual(0, child.ExitCode);
        Assert.DoesNotContain("committed", output, StringComparison.Ordinal);
        var firstLine = error.Split('\n')[0];
        Assert.True(firstLine.Contains("StorageException", StringComparison.Ordinal) && firstLine.Contains("could not be written", StringComparison.Ordinal), error);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(temp.Db)));
        var after = new SnapshotStore(temp.Db);
        Assert.Equal(3, after.List().Length);
        Assert.All(after.List(), s => Assert.NotNull(after.Read(s.Id)));
    }
}
