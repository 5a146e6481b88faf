using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using DebtRadar.History;
using DebtRadar.History.Churn;
using DebtRadar.History.Git;
using DebtRadar.History.Model;

namespace DebtRadar.Benchmarks.History;

/// <summary>
/// Reading a real repository's whole history: end to end (git plus parsing) and parsing alone over the same
/// captured output, so git's own time and DebtRadar's can be told apart. The repository comes from
/// DEBTRADAR_BENCH_REPO (default /work/real/nodatime).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GitLogReaderBenchmarks
{
    private static readonly WhenExpression AllHistory = Parse("1970-01-01");

    private string repository = string.Empty;
    private byte[] captured = [];

    [GlobalSetup]
    public void Setup()
    {
        repository = Environment.GetEnvironmentVariable("DEBTRADAR_BENCH_REPO") ?? "/work/real/nodatime";
        var info = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in GitLogReader.LogArguments(new HistoryWindow(0, long.MaxValue)))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        using var buffer = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(buffer);
        process.WaitForExit();
        captured = buffer.ToArray();
    }

    [Benchmark(Description = "git log + parse + aggregate (whole history)")]
    public async Task<int> ReadWholeHistory()
    {
        var result = await new GitLogReader().ReadAsync(new HistoryRequest(repository, AllHistory), CancellationToken.None);
        return result.ChangeSets.Length;
    }

    [Benchmark(Description = "parse + aggregate captured output")]
    public int ParseCaptured()
    {
        var aggregator = new HistoryAggregator(0, long.MaxValue);
        var parser = new NumstatLogParser(aggregator.Add);
        const int Chunk = 1 << 16;
        for (var i = 0; i < captured.Length; i += Chunk)
        {
            parser.Feed(captured.AsSpan(i, Math.Min(Chunk, captured.Length - i)));
        }

        parser.Complete();
        return aggregator.Files().Length + parser.Commits;
    }

    private static WhenExpression Parse(string text) =>
        WhenExpression.TryParse(text, out var value, out _) ? value! : throw new InvalidOperationException(text);
}
