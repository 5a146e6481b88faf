using System.Collections.Immutable;
using DebtRadar.History.Coupling;
using DebtRadar.History.Model;

namespace DebtRadar.History.Tests.Coupling;

public sealed class ChangeCouplingTests
{
    [Fact]
    public void Compute_DegreeIsSharedOverMeanRevisions_Truncated()
    {
        // a: 6 revisions, b: 7, shared 5 -> 5 / 6.5 = 76.9 % -> 76.
        var sets = Sets(Repeat(5, "a", "b"), Repeat(1, "a"), Repeat(2, "b"));

        var pair = Assert.Single(ChangeCoupling.Compute(sets, 30, CouplingOptions.Default));

        Assert.Equal(("a", "b", 76, 5, 6, 7, 7), (pair.File, pair.Coupled, pair.Degree, pair.SharedRevisions, pair.FileRevisions, pair.CoupledRevisions, pair.AverageRevisions));
    }

    [Fact]
    public void Compute_BulkChangeSets_LeftOutOfRevisionsToo()
    {
        // The bulk commits would make a and b 10 revisions each; without them 5 shared of 5 -> 100 %.
        var bulk = Enumerable.Range(0, 31).Select(i => $"f{i}").Concat(["a", "b"]).ToArray();
        var sets = Sets(Repeat(5, "a", "b"), Repeat(5, bulk));

        var pair = Assert.Single(ChangeCoupling.Compute(sets, 30, CouplingOptions.Default));

        Assert.Equal((100, 5), (pair.Degree, pair.FileRevisions));
    }

    [Fact]
    public void Compute_ThresholdsAtTheirEdges_AsCodeMaat()
    {
        // min shared 5: 4 shared is out. min degree 30: 6 shared of mean 20 = 30 % exactly is in.
        var sets = Sets(
            Repeat(4, "p", "q"), Repeat(2, "p"), Repeat(2, "q"),
            Repeat(6, "x", "y"), Repeat(14, "x"), Repeat(14, "y"),
            Repeat(5, "u", "v"), Repeat(15, "u"), Repeat(15, "v"));

        var pairs = ChangeCoupling.Compute(sets, 30, CouplingOptions.Default);

        Assert.Equal([("x", "y", 30)], pairs.Select(p => (p.File, p.Coupled, p.Degree)));
    }

    [Fact]
    public void Compute_MinRevisionsAppliesToTheMean()
    {
        // Mean of 5 and 5 passes min-revs 5; a pair of 4 and 5 (mean 4.5) does not.
        var sets = Sets(Repeat(5, "a", "b"), Repeat(4, "c", "d"), Repeat(1, "d"));

        var pairs = ChangeCoupling.Compute(sets, 30, new CouplingOptions(MinSharedRevisions: 1));

        Assert.Equal(["a"], pairs.Select(p => p.File));
    }

    private static IEnumerable<string[]> Repeat(int times, params string[] files) => Enumerable.Repeat(files, times);

    private static ImmutableArray<ChangeSet> Sets(params IEnumerable<string[]>[] groups) =>
    [
        .. groups.SelectMany(g => g).Select((files, i) =>
            new ChangeSet(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Ann", DateTimeOffset.UnixEpoch, [.. files])),
    ];
}
