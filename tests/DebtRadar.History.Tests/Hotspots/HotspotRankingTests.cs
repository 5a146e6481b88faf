using DebtRadar.History.Hotspots;
using DebtRadar.History.Model;
using DebtRadar.History.Tests.Support;

namespace DebtRadar.History.Tests.Hotspots;

public sealed class HotspotRankingTests(SampleHistoryFixture fixture) : IClassFixture<SampleHistoryFixture>
{
    [Fact]
    public async Task Files_RealHistory_NormalisedRevisionsTimesComplexity()
    {
        var history = await new GitLogReader().ReadAsync(new HistoryRequest(fixture.Repository.Root), CancellationToken.None);
        var scanned = new[]
        {
            Scanned.File("A.cs", ("N.A", "Run()", 2, 3)),
            Scanned.File(SampleHistory.RenamedB, ("N.B", "Small()", 1, 1), ("N.B", "Big()", 9, 5)),
            Scanned.File(SampleHistory.Unicode, ("N.U", "Parse(string)", 20, 12)),
            Scanned.File("NeverChanged.cs", ("N.Z", "Huge()", 99, 40)),
        };

        var hotspots = HotspotRanking.Files(scanned, history.Files);

        // revisions 4, 4, 1 (max 4); cognitive 2, 10, 20 (max 20).
        Assert.Equal(
            [
                (1, SampleHistory.RenamedB, 4, 10, 6, 0.5, "N.B.Big()"),
                (2, SampleHistory.Unicode, 1, 20, 12, 0.25, "N.U.Parse(string)"),
                (3, "A.cs", 4, 2, 3, 0.1, "N.A.Run()"),
            ],
            hotspots.Select(h => (h.Rank, h.File, h.Revisions, h.Complexity, h.Cyclomatic, Math.Round(h.Score, 10), h.WorstMember!)));
        Assert.Equal((8, 2, 7.0 / 8), (hotspots[0].Added, hotspots[0].Authors, hotspots[0].MainAuthorShare));
    }

    [Fact]
    public void Files_Top_KeepsTheBest()
    {
        var history = new[] { History("a.cs", 1), History("b.cs", 2) };
        var scanned = new[] { Scanned.File("a.cs", ("T", "M()", 5, 5)), Scanned.File("b.cs", ("T", "M()", 5, 5)) };

        var hotspots = HotspotRanking.Files(scanned, history, top: 1);

        Assert.Equal([(1, "b.cs", 1.0)], hotspots.Select(h => (h.Rank, h.File, h.Score)));
    }

    [Fact]
    public void Files_EqualScores_MoreRevisionsFirst()
    {
        // 4/4 × 1/2 = 0.5 and 2/4 × 2/2 = 0.5.
        var history = new[] { History("a.cs", 4), History("b.cs", 2) };
        var scanned = new[] { Scanned.File("b.cs", ("T", "M()", 2, 1)), Scanned.File("a.cs", ("T", "M()", 1, 1)) };

        var hotspots = HotspotRanking.Files(scanned, history);

        Assert.Equal(["a.cs", "b.cs"], hotspots.Select(h => h.File));
    }

    [Fact]
    public void Members_JoinOnTypeAndSignature()
    {
        var members = new[]
        {
            new MemberHistory("a.cs", "N.T", "M(int)", 3, 30, 3, 2, "Ann", 0.75),
            new MemberHistory("a.cs", "N.T", "M(string)", 1, 5, 0, 1, "Bob", 1),
            new MemberHistory("a.cs", "N.T", "Gone()", 9, 90, 0, 1, "Bob", 1),
        };
        var scanned = new[] { Scanned.File("a.cs", ("N.T", "M(int)", 4, 3), ("N.T", "M(string)", 8, 5)) };

        var hotspots = HotspotRanking.Members(scanned, members);

        Assert.Equal(
            [(1, "N.T.M(int)", 0.5, 0.75), (2, "N.T.M(string)", 1.0 / 3, 1.0)],
            hotspots.Select(h => (h.Rank, h.Member!, h.Score, h.MainAuthorShare)));
    }

    private static FileHistory History(string path, int revisions) =>
        new(path, revisions, revisions, 0, 1, "Ann", 1, 0, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
