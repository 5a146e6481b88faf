using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>
/// Mutated and hostile C# through load → metrics → rules → storage → reports, in a child process
/// so that a stack overflow fails the test instead of killing the test run.
/// Size: <c>DEBTRADAR_FUZZ_SIZE</c> (tests/fuzz.sh runs it large).
/// </summary>
public sealed class HostileSourceFuzzTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Pipeline_MutatedAndHostileFiles_EveryFileEndsAsResultOrDiagnosticWithoutCrash()
    {
        var folder = Directory.CreateTempSubdirectory("debtradar-fuzz-");
        try
        {
            var corpus = Path.Combine(folder.FullName, "corpus");
            var mutated = FuzzCorpus.WriteMutated(corpus, FuzzCorpus.Size, FuzzCorpus.Seed);
            var hostile = FuzzCorpus.WriteHostile(corpus, FuzzCorpus.Size, FuzzCorpus.Seed);

            var (exitCode, output, error, elapsed) = await RunChildAsync(corpus, Path.Combine(folder.FullName, "fuzz.db"), TimeSpan.FromMinutes(FuzzCorpus.Size >= 2000 ? 30 : 3));

            Assert.True(exitCode == 0, $"the pipeline process ended with {exitCode} after {elapsed.TotalSeconds:F0} s:\n{Tail(error)}");
            var report = JsonSerializer.Deserialize<FuzzRunReport>(output.Trim().Split('\n')[^1])!;
            Assert.Equal(2, report.Passes.Length);

            // The figures tests/fuzz.sh reports: files run, how each pass ended, time and memory.
            log.WriteLine($"fuzz size {FuzzCorpus.Size}, seed {FuzzCorpus.Seed}: {mutated.Count} mutated + {hostile.Count} hostile files; child exit {exitCode}, {report.Seconds:F0} s in the child, {elapsed.TotalSeconds:F0} s wall, peak {report.PeakWorkingSetMegabytes} MB");
            foreach (var pass in report.Passes)
            {
                log.WriteLine($"  {pass.Mode}: {pass.Files} files, {pass.Measured} measured, {pass.Unaccounted.Length} unaccounted, diagnostics {string.Join(", ", pass.DiagnosticCodes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}");
            }

            foreach (var pass in report.Passes)
            {
                Assert.Equal(mutated.Count + hostile.Count, pass.Files);
                Assert.Empty(pass.Unaccounted);
                Assert.Equal(pass.Measured, pass.StoredFiles);
                Assert.All(pass.ReportCharacters, r => Assert.True(r.Value > 0, $"{pass.Mode}: {r.Key} wrote nothing"));

                // The deep files are refused or left out, never silently measured as something else.
                Assert.True(pass.DiagnosticCodes.GetValueOrDefault("load.file-too-deep") + pass.DiagnosticCodes.GetValueOrDefault("analysis.too-deep") >= 15, $"{pass.Mode}: {string.Join(", ", pass.DiagnosticCodes)}");
            }

            // Bounded memory: the whole corpus, both passes, a database and every report, in one process.
            Assert.InRange(report.PeakWorkingSetMegabytes, 1, FuzzCorpus.Size >= 2000 ? 6000 : 3000);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error, TimeSpan Elapsed)> RunChildAsync(string corpus, string database, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DebtRadar.IntegrationTests.dll"));
        info.ArgumentList.Add("fuzz-run");
        info.ArgumentList.Add(corpus);
        info.ArgumentList.Add(database);
        var watch = Stopwatch.StartNew();
        using var child = Process.Start(info)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await child.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            Assert.Fail($"the pipeline hung: no end after {timeout.TotalSeconds:F0} s");
        }

        return (child.ExitCode, await output, await error, watch.Elapsed);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[..2000] + "\n…\n" + text[^2000..];
}
