using System.Collections.Immutable;
using DebtRadar.Core.Model;
using LiteDB;

namespace DebtRadar.Storage.Documents;

/// <summary>
/// What the solution-wide pass sets on a file (duplicated lines, code health and its factors,
/// member coverage and CRAP) depends on other files and on the coverage report, not on the file's
/// bytes: it is kept in the snapshot's manifest entry, and the content-addressed result stays the
/// same for the same bytes, so an unchanged file is stored once and found in the preloaded cache.
/// Entries written before the pass existed have no overlay: 0 duplicated lines, no health, no coverage.
/// </summary>
internal static class OverlayDocument
{
    public static BsonDocument? Write(FileResult file)
    {
        var coverage = new BsonArray();
        for (var i = 0; i < file.Members.Length; i++)
        {
            var m = file.Members[i].Metrics;
            if (m.LineCoverage is not null || m.BranchCoverage is not null || m.Crap is not null)
            {
                coverage.Add(new BsonArray(i, Bson.Value(m.LineCoverage), Bson.Value(m.BranchCoverage), Bson.Value(m.Crap)));
            }
        }

        if (file.DuplicatedLines == 0 && file.Health is null && coverage.Count == 0)
        {
            return null;
        }

        return new BsonDocument
        {
            ["dup"] = file.DuplicatedLines,
            ["h"] = Bson.Value(file.Health),
            ["hf"] = Bson.Array(file.HealthFactors, f => new BsonDocument { ["f"] = f.Factor, ["p"] = f.Penalty, ["d"] = f.Detail }),
            ["cov"] = coverage,
        };
    }

    public static FileResult Apply(FileResult file, BsonDocument? overlay)
    {
        if (overlay is null)
        {
            return file;
        }

        var members = file.Members;
        foreach (var entry in Bson.Arr(overlay, "cov"))
        {
            if (!entry.IsArray || entry.AsArray.Count != 4 || !entry.AsArray[0].IsInt32 || entry.AsArray[0].AsInt32 < 0 || entry.AsArray[0].AsInt32 >= members.Length)
            {
                throw new MalformedDocumentException("Field 'cov' holds an entry that is not [member, line, branch, crap].");
            }

            var values = entry.AsArray;
            var index = values[0].AsInt32;
            members = members.SetItem(index, members[index] with
            {
                Metrics = members[index].Metrics with { LineCoverage = Number(values[1]), BranchCoverage = Number(values[2]), Crap = Number(values[3]) },
            });
        }

        return file with
        {
            DuplicatedLines = Bson.Int(overlay, "dup"),
            Health = Bson.OptDbl(overlay, "h"),
            HealthFactors = Bson.List(overlay, "hf", f => new HealthFactor(Bson.Str(f, "f"), Bson.Dbl(f, "p"), Bson.Str(f, "d"))),
            Members = members,
        };
    }

    /// <summary>The file without anything the pass sets: its content-addressed form.</summary>
    public static FileResult Strip(FileResult file) =>
        file.DuplicatedLines == 0 && file.Health is null && file.HealthFactors.IsEmpty && file.Members.All(m => m.Metrics is { LineCoverage: null, BranchCoverage: null, Crap: null })
            ? file
            : file with
            {
                DuplicatedLines = 0,
                Health = null,
                HealthFactors = ImmutableArray<HealthFactor>.Empty,
                Members = [.. file.Members.Select(m => m with { Metrics = m.Metrics with { LineCoverage = null, BranchCoverage = null, Crap = null } })],
            };

    private static double? Number(BsonValue value) => value.IsNull ? null : value.IsNumber ? value.AsDouble
        : throw new MalformedDocumentException("Field 'cov' holds a value that is not a number.");
}
