using DebtRadar.Core.Model;
using DebtRadar.Storage.Documents;
using DebtRadar.Storage.TestHost;
using LiteDB;

namespace DebtRadar.Storage.Tests;

/// <summary>Token fingerprints, duplicated lines, health and coverage through a snapshot write and read.</summary>
public sealed class SolutionPassStorageTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 9, 30, 15, TimeSpan.Zero);

    private static ScanResult WithPass(ScanResult scan, double health, int duplicated) => scan with
    {
        Clones = [new CloneGroup([new ClonePlace("a.cs", 3, 20), new ClonePlace("b.cs", 7, 24)], 140, "00ff")],
        Coverage = new CoverageSummary(["coverage.cobertura.xml (cobertura)"], 12, 10, 0.75),
        Projects = [.. scan.Projects.Select(p => p with
        {
            Files = [.. p.Files.Select((f, i) => f with
            {
                Tokens = new TokenFingerprint([8374, 1, 8205, 300 + i], [1, 1, 2, 40 + i]),
                DuplicatedLines = duplicated + i,
                Health = health,
                HealthFactors = [new HealthFactor("complex-method", 1.25, "A.M(): cc 14, cognitive 20")],
                Members = [.. f.Members.Select((m, j) => j % 2 == 0
                    ? m with { Metrics = m.Metrics with { LineCoverage = 0.5, BranchCoverage = j == 0 ? null : 0.25, Crap = 12.5 } }
                    : m)],
            })],
        })],
    };

    [Fact]
    public void Write_ThenRead_KeepsTokensDuplicationHealthCoverageAndClones()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var scan = WithPass(SyntheticScans.Create(seed: 3, files: 12), health: 7.5, duplicated: 9);

        var read = store.Read(store.Write(scan, SyntheticScans.Metadata(Day)).Id)!;

        Assert.Equal(Json.Of(scan), Json.Of(read.Scan));
    }

    [Fact]
    public void Write_SameFilesWithAnotherHealth_AddsNoResultDocument()
    {
        using var temp = new TempFolder();
        var store = new SnapshotStore(temp.Db);
        var plain = SyntheticScans.Create(seed: 5, files: 10);
        store.Write(WithPass(plain, health: 8, duplicated: 3), SyntheticScans.Metadata(Day));
        var before = store.File.Read(db => db.GetCollection(StoreCollections.Results).Count(), CancellationToken.None);

        var second = store.Write(WithPass(plain, health: 4.5, duplicated: 30), SyntheticScans.Metadata(Day.AddDays(1)));

        Assert.Equal(before, store.File.Read(db => db.GetCollection(StoreCollections.Results).Count(), CancellationToken.None));
        Assert.All(store.Read(second.Id)!.Scan.Projects.SelectMany(p => p.Files), f => Assert.Equal(4.5, f.Health));
    }

    [Fact]
    public void Write_Totals_CarryDuplicationAndHealth()
    {
        using var temp = new TempFolder();
        var scan = WithPass(SyntheticScans.Create(seed: 9, files: 8), health: 6, duplicated: 2) with
        {
            Churn = [new FileChurn("x", 1, 1, 1, 1, 1, 0)],
        };
        var files = scan.Projects.SelectMany(p => p.Files).ToList();

        var info = new SnapshotStore(temp.Db).Write(scan, SyntheticScans.Metadata(Day));

        Assert.Equal(files.Sum(f => f.DuplicatedLines), info.Totals.DuplicatedLines);
        Assert.Equal(Math.Round((double)files.Sum(f => f.DuplicatedLines) / files.Sum(f => f.Lines), 4), info.Totals.DuplicationDensity);
        Assert.Equal(6, info.Totals.HealthAverage);
        Assert.Null(info.Totals.HotspotHealth);
    }

    [Fact]
    public void Write_HotspotHealth_IsTheHotspotWeightedMean()
    {
        using var temp = new TempFolder();
        var scan = WithPass(SyntheticScans.Create(seed: 4, files: 2), health: 0, duplicated: 0);
        var files = scan.Projects.SelectMany(p => p.Files).ToList();
        scan = scan with
        {
            Projects = [.. scan.Projects.Select(p => p with { Files = [.. p.Files.Select(f => f with { Health = f.Path == files[0].Path ? 2 : 8 })] })],
            Churn = [new FileChurn(files[0].Path, 9, 1, 1, 1, 1, 0.75), new FileChurn(files[1].Path, 1, 1, 1, 1, 1, 0.25)],
        };

        var info = new SnapshotStore(temp.Db).Write(scan, SyntheticScans.Metadata(Day));

        Assert.Equal((2 * 0.75) + (8 * 0.25), info.Totals.HotspotHealth);
        Assert.Equal(5, info.Totals.HealthAverage);
    }

    [Fact]
    public void Read_EntryAndResultWrittenBeforeThePass_NoHealthNoTokensNoDuplication()
    {
        var file = SyntheticScans.Create(seed: 1, files: 1).Projects[0].Files[0];
        var old = FileResultDocument.Write(file);
        old.Remove("tokens");

        var read = OverlayDocument.Apply(FileResultDocument.Read(old), overlay: null);

        Assert.Equal(0, read.Tokens.Count);
        Assert.Equal(0, read.DuplicatedLines);
        Assert.Null(read.Health);
        Assert.True(read.HealthFactors.IsEmpty);
    }

    [Fact]
    public void TokenDocument_LargeCodesAndLineJumps_RoundTrip()
    {
        var tokens = new TokenFingerprint([1, 2, 9000, 70000, 8374], [1, 1, 500, 500, 100000]);

        var read = TokenDocument.Read(new BsonDocument { ["t"] = TokenDocument.Write(tokens) }, "t");

        Assert.Equal(tokens.Hashes.ToArray(), read.Hashes.ToArray());
        Assert.Equal(tokens.Lines.ToArray(), read.Lines.ToArray());
    }
}
