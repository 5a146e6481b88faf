using System.Diagnostics;
using System.Text.Json;
using DebtRadar.IntegrationTests.Fuzz;

namespace DebtRadar.IntegrationTests;

/// <summary>
/// The child process of the fuzz tests: <c>fuzz-run FOLDER DATABASE</c> runs the pipeline over
/// FOLDER and prints one JSON line; <c>fuzz-corpus FOLDER</c> writes the corpus. If a hostile file overflowed the stack, only this process dies.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["fuzz-corpus", var target])
        {
            // The corpus alone, for reproducing a failure by hand (DEBTRADAR_FUZZ_SIZE and _SEED apply).
            var written = FuzzCorpus.WriteMutated(target, FuzzCorpus.Size, FuzzCorpus.Seed).Count
                + FuzzCorpus.WriteHostile(target, FuzzCorpus.Size, FuzzCorpus.Seed).Count;
            await Console.Out.WriteLineAsync($"{written} files in {target}").ConfigureAwait(false);
            return 0;
        }

        if (args is not ["fuzz-run", var folder, var database])
        {
            await Console.Error.WriteLineAsync("usage: fuzz-run FOLDER DATABASE | fuzz-corpus FOLDER").ConfigureAwait(false);
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var passes = await FuzzPipeline.RunAsync(folder, database, CancellationToken.None).ConfigureAwait(false);
        using var process = Process.GetCurrentProcess();
        var report = new FuzzRunReport(passes, process.PeakWorkingSet64 / (1024 * 1024), watch.Elapsed.TotalSeconds);
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report)).ConfigureAwait(false);
        return 0;
    }
}
