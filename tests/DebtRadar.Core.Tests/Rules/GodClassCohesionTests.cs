using DebtRadar.Core.Model;
using DebtRadar.Core.Rules.Detectors;

namespace DebtRadar.Core.Tests.Rules;

/// <summary>Tight class cohesion of DR1105: the pairwise definition, computed without comparing every pair.</summary>
public sealed class GodClassCohesionTests
{
    private static TypeFragment Fragment(IEnumerable<CohesionEntry> entries) =>
        new("N.A", "N", Model.TypeKind.Class, 1, 1, 9, false, 1, [], 0, 9, [], [.. entries]);

    private static double Pairwise(List<CohesionEntry> entries)
    {
        var connected = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            for (var j = i + 1; j < entries.Count; j++)
            {
                if (entries[i].Fields.Intersect(entries[j].Fields, StringComparer.Ordinal).Any())
                {
                    connected++;
                }
            }
        }

        return connected / (entries.Count * (entries.Count - 1) / 2.0);
    }

    [Fact]
    public void TightClassCohesion_TwentyThousandMembersOnOneField_WorkGrowsWithMembersNotPairs()
    {
        // The shape of a generated 50,000-member class: every member reads the one field.
        const int members = 20_000;
        var entries = Enumerable.Range(0, members).Select(i => new CohesionEntry($"M{i}()", ["f"], [$"M{(i + 1) % members}"]));

        var tcc = DR1105GodClass.TightClassCohesion([Fragment(entries)], out var visits);

        Assert.Equal(1.0, tcc);
        Assert.True(visits <= members, $"{visits} steps for {members} members");
    }

    [Fact]
    public void TightClassCohesion_DistinctSetsSharingOneField_CostsThatFieldsUsersSquared()
    {
        const int members = 2_000;
        var entries = Enumerable.Range(0, members).Select(i => new CohesionEntry($"M{i}()", [$"own{i}", i % 2 == 0 ? "even" : $"odd{i}"], []));

        var tcc = DR1105GodClass.TightClassCohesion([Fragment(entries)], out var visits);

        var evens = members / 2;
        Assert.Equal(evens * (evens - 1) / 2.0 / (members * (members - 1) / 2.0), tcc, 12);
        Assert.True(visits <= (long)members * 2 + ((long)evens * evens), $"{visits} steps");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TightClassCohesion_RandomFieldSets_EqualsThePairwiseDefinition(int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, 150)
            .Select(i => new CohesionEntry($"M{i}()", [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"f{random.Next(0, 12)}")], []))
            .ToList();

        // Split over two fragments, as a partial type is.
        var tcc = DR1105GodClass.TightClassCohesion([Fragment(entries.Take(70)), Fragment(entries.Skip(70))]);

        Assert.Equal(Pairwise(entries), tcc, 12);
    }

    [Fact]
    public void TightClassCohesion_OneMember_IsOne()
    {
        Assert.Equal(1.0, DR1105GodClass.TightClassCohesion([Fragment([new CohesionEntry("M()", ["f"], [])])]));
    }
}
