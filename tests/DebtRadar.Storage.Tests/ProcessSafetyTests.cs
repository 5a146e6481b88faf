using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DebtRadar.Storage.TestHost;

namespace DebtRadar.Storage.Tests;

/// <summary>Real child processes: SIGKILL in the middle of writes, and two writers at once.</summary>
public sealed class ProcessSafetyTests
{
    [Fact]
    public void Kill9_AtRandomPointsWhileWriting_LeavesEveryCommittedSnapshotIntact()
    {
        using var temp = new TempFolder();
        var rng = new Random(20261128);
        var committed = new List<int>();
        const int Rounds = 5;
        var killedWhileRunning = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var lines = new ConcurrentQueue<string>();
            using var child = Host.Start("write", temp.Db, "forever", (round * 1000).ToString(CultureInfo.InvariantCulture), "150");
            child.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    lines.Enqueue(line);
                }
            };
            child.BeginOutputReadLine();

            // Wait for the first commit, then kill at a random moment of the following writes.
            var watch = Stopwatch.StartNew();
            while (lines.IsEmpty && !child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(20))
            {
                Thread.Sleep(5);
            }

            Thread.Sleep(rng.Next(1, 400));
            if (!child.HasExited)
            {
                killedWhileRunning++;
                child.Kill();
            }

            child.WaitForExit();
            Assert.NotEqual(0, child.ExitCode);
            committed.AddRange(lines.Select(l => int.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture)));

            VerifyIntact(temp.Db, committed, round + 1);
        }

        Assert.Equal(Rounds, killedWhileRunning);
        Assert.True(committed.Count >= Rounds, $"only {committed.Count} snapshots committed before the kills");

        // Still a working database: it takes a new snapshot.
        var store = new SnapshotStore(temp.Db);
        var after = store.Write(SyntheticScans.Create(99, files: 10), SyntheticScans.Metadata(DateTimeOffset.UnixEpoch));
        Assert.NotNull(store.Read(after.Id));
    }

    [Fact]
    public async Task TwoProcesses_WritingTheSameFileAtOnce_BothSucceed()
    {
        using var temp = new TempFolder();
        const int Each = 5;
        using var first = Host.Start("write", temp.Db, Each.ToString(CultureInfo.InvariantCulture), "100", "40");
        using var second = Host.Start("write", temp.Db, Each.ToString(CultureInfo.InvariantCulture), "200", "40");
        var outputs = new[] { first, second }.Select(p => (Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(50));
        await Task.WhenAll(first.WaitForExitAsync(timeout.Token), second.WaitForExitAsync(timeout.Token));

        Assert.Equal("", await outputs[0].Err + await outputs[1].Err);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var store = new SnapshotStore(temp.Db);
        var all = store.List();
        Assert.Equal(Each, all.Count(s => s.Target == "T100.sln"));
        Assert.Equal(Each, all.Count(s => s.Target == "T200.sln"));
        Assert.Equal(2 * Each, all.Select(s => s.Id).Distinct().Count());
        VerifyIntact(temp.Db, [.. all.Select(s => s.Id)], 0);
    }

    [Fact]
    public async Task Write_FromParallelThreads_EverySnapshotIsStored()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);

        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            store.Write(SyntheticScans.Create(i, files: 20, target: $"P{i}.sln"), SyntheticScans.Metadata(DateTimeOffset.UnixEpoch.AddDays(i))).Id)));

        Assert.Equal(6, ids.Distinct().Count());
        Assert.Equal(ids.Order(), store.List().Select(s => s.Id).Order());
    }

    /// <summary>Every listed snapshot reads back whole, with totals that match its files; every reported commit is there.</summary>
    private static void VerifyIntact(string db, List<int> committed, int maxUnreported)
    {
        var store = new SnapshotStore(db);
        var all = store.List();
        var ids = all.Select(s => s.Id).ToHashSet();
        Assert.All(committed, id => Assert.Contains(id, ids));

        // A kill between commit and the child's "committed" line may leave one more snapshot per kill, never a partial one.
        Assert.InRange(all.Length, committed.Count, committed.Count + maxUnreported);
        foreach (var info in all)
        {
            var stored = store.Read(info.Id);
            Assert.NotNull(stored);
            var files = stored.Scan.Projects.SelectMany(p => p.Files).ToList();
            Assert.Equal(info.Projects.Length, stored.Scan.Projects.Length);
            Assert.Equal(
                Totals.Of(files),
                (info.Totals.Files, info.Totals.Members, info.Totals.Loc, info.Totals.CyclomaticTotal, info.Totals.CognitiveTotal, info.Totals.WorstMi));
        }
    }
}
