using DebtRadar.History.Coupling;
using DebtRadar.History.Model;
using DebtRadar.History.Tests.Support;

namespace DebtRadar.History.Tests.Git;

public sealed class GitLogReaderTests(SampleHistoryFixture fixture) : IClassFixture<SampleHistoryFixture>
{
    private readonly TempGitRepository repo = fixture.Repository;

    [Fact]
    public async Task ReadAsync_RenamedFile_KeepsHistoryUnderCurrentName()
    {
        var result = await Read();

        var renamed = Assert.Single(result.Files, f => f.Path == SampleHistory.RenamedB);
        Assert.Equal(4, renamed.Revisions);
        Assert.Equal(8, renamed.Added);
        Assert.Equal(0, renamed.Deleted);
        Assert.DoesNotContain(result.Files, f => f.Path == "B.cs");
    }

    [Fact]
    public async Task ReadAsync_MergedBranch_CountsEachChangeOnce()
    {
        var result = await Read();

        var a = Assert.Single(result.Files, f => f.Path == "A.cs");
        Assert.Equal(4, a.Revisions);
        Assert.Equal(14, a.Added);
        Assert.Equal(7, result.ChangeSets.Length);
    }

    [Fact]
    public async Task ReadAsync_SeveralAuthors_OwnershipAndFragmentationPerCodeMaat()
    {
        var result = await Read();

        var a = Assert.Single(result.Files, f => f.Path == "A.cs");
        Assert.Equal(3, a.Authors); // "Bobby" is mapped to "Bob" by .mailmap
        Assert.Equal("Ann", a.MainAuthor);
        Assert.Equal(10.0 / 14, a.MainAuthorShare, 12);
        Assert.Equal(1 - (1.0 + 4 + 1) / 16, a.Fragmentation, 12);
        var renamed = Assert.Single(result.Files, f => f.Path == SampleHistory.RenamedB);
        Assert.Equal(2, renamed.Authors);
        Assert.Equal(7.0 / 8, renamed.MainAuthorShare, 12);
        Assert.Equal(1 - (9.0 + 1) / 16, renamed.Fragmentation, 12);
    }

    [Fact]
    public async Task ReadAsync_FirstAndLastChange_AreCommitDates()
    {
        var result = await Read();

        var a = Assert.Single(result.Files, f => f.Path == "A.cs");
        Assert.Equal(TempGitRepository.Start, a.FirstChange);
        Assert.Equal(TempGitRepository.Start.AddDays(6), a.LastChange);
        Assert.Equal(TempGitRepository.Start.AddDays(7), result.Head!.CommitTime);
        Assert.Equal("main", result.Head.Branch);
    }

    [Fact]
    public async Task ReadAsync_NonAsciiCrlfFile_ReadWithItsRealName()
    {
        var result = await Read();

        var unicode = Assert.Single(result.Files, f => f.Path == SampleHistory.Unicode);
        Assert.Equal(3, unicode.Added);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task Coupling_BulkCommitOverThreshold_LeftOut()
    {
        var result = await Read();
        var loose = new CouplingOptions(MinRevisions: 1, MinSharedRevisions: 1, MinDegree: 0);

        var pairs = ChangeCoupling.Compute(result.ChangeSets, 30, loose);

        Assert.Equal(
            [("A.cs", SampleHistory.RenamedB, 57, 2), (".mailmap", "A.cs", 50, 1), (".mailmap", SampleHistory.RenamedB, 40, 1)],
            pairs.Select(p => (p.File, p.Coupled, p.Degree, p.SharedRevisions)));
        var withBulk = ChangeCoupling.Compute(result.ChangeSets, 32, loose);
        Assert.Equal(3 + (32 * 31 / 2), withBulk.Length);
    }

    [Fact]
    public async Task ReadAsync_SinceDate_StartsWindowAtUtcMidnight()
    {
        var result = await Read(since: "2024-01-03");

        var a = Assert.Single(result.Files, f => f.Path == "A.cs");
        Assert.Equal(2, a.Revisions);
        Assert.Equal(new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.Zero), result.Since);
    }

    [Fact]
    public async Task ReadAsync_SpanBackFromHeadCommit_IgnoresWallClock()
    {
        var result = await Read(since: "5.days");

        Assert.Equal(TempGitRepository.Start.AddDays(2), result.Since);
        Assert.Equal(2, Assert.Single(result.Files, f => f.Path == "A.cs").Revisions);
        Assert.Equal(2, Assert.Single(result.Files, f => f.Path == SampleHistory.RenamedB).Revisions);
    }

    [Fact]
    public async Task ReadAsync_UntilBeforeRename_BooksUnderCurrentName()
    {
        var result = await Read(until: "2024-01-02");

        Assert.Equal(2, Assert.Single(result.Files, f => f.Path == SampleHistory.RenamedB).Revisions);
        Assert.Equal(2, Assert.Single(result.Files, f => f.Path == "A.cs").Revisions);
        Assert.Equal(2, result.ChangeSets.Length);
    }

    private Task<HistoryResult> Read(string? since = null, string? until = null)
    {
        WhenExpression? sinceValue = null;
        WhenExpression? untilValue = null;
        if (since is not null)
        {
            Assert.True(WhenExpression.TryParse(since, out sinceValue, out _));
        }

        if (until is not null)
        {
            Assert.True(WhenExpression.TryParse(until, out untilValue, out _));
        }

        return new GitLogReader().ReadAsync(new HistoryRequest(repo.Root, sinceValue, untilValue), CancellationToken.None);
    }
}
