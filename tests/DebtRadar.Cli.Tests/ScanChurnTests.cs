using DebtRadar.Storage;

namespace DebtRadar.Cli.Tests;

public sealed class ScanChurnTests
{
    [Fact]
    public async Task Scan_InAGitRepository_RecordsChurnAndHotspotScoresWithTheSnapshot()
    {
        using var repository = new HotspotsTestRepository();
        repository.Write("src/Busy.cs", "namespace N; public class Busy { public int M(int x) { if (x > 0) { return 1; } return 0; } }");
        repository.Write("src/Calm.cs", "namespace N; public class Calm { public int M() => 1; }");
        repository.Commit("ann", day: 0);
        repository.Write("src/Busy.cs", "namespace N; public class Busy { public int M(int x) { if (x > 0) { return 2; } return 0; } }");
        repository.Commit("bob", day: 1);
        repository.Write("src/Busy.cs", "namespace N; public class Busy { public int M(int x) { if (x > 1) { return 2; } return 0; } }");
        repository.Commit("ann", day: 2);

        var (code, _, _) = await Support.CliRunner.RunAsync("scan", repository.Root, "--syntax-only");

        Assert.Equal(0, code);
        var store = new SnapshotStore(Path.Combine(repository.Root, ".debtradar", "debtradar.db"));
        var churn = store.Read(store.Latest()!.Id)!.Scan.Churn;
        var busy = churn.Single(c => c.Path == "src/Busy.cs");
        var calm = churn.Single(c => c.Path == "src/Calm.cs");
        Assert.Equal((3, 2), (busy.Revisions, busy.Authors));
        Assert.Equal((1, 1), (calm.Revisions, calm.Authors));
        Assert.True(busy.HotspotScore > calm.HotspotScore);
    }

    [Fact]
    public async Task Scan_NoHistory_RecordsNoChurn()
    {
        using var repository = new HotspotsTestRepository();
        repository.Write("src/A.cs", "namespace N; public class A { }");
        repository.Commit("ann", day: 0);

        var (code, _, _) = await Support.CliRunner.RunAsync("scan", repository.Root, "--syntax-only", "--no-history");

        Assert.Equal(0, code);
        var store = new SnapshotStore(Path.Combine(repository.Root, ".debtradar", "debtradar.db"));
        Assert.Empty(store.Read(store.Latest()!.Id)!.Scan.Churn);
    }
}
