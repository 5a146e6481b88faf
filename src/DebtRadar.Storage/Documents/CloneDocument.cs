using DebtRadar.Core.Model;
using LiteDB;

namespace DebtRadar.Storage.Documents;

/// <summary>Maps a scan's clone groups and coverage summary (kept with the snapshot's scan document).</summary>
internal static class CloneDocument
{
    public static BsonValue Write(CloneGroup group) => new BsonDocument
    {
        ["t"] = group.Tokens,
        ["h"] = group.Hash,
        ["p"] = Bson.Array(group.Places, p => new BsonDocument { ["p"] = p.Path, ["s"] = p.StartLine, ["e"] = p.EndLine }),
    };

    public static CloneGroup Read(BsonDocument d) => new(
        Bson.List(d, "p", p => new ClonePlace(Bson.Str(p, "p"), Bson.Int(p, "s"), Bson.Int(p, "e"))),
        Bson.Int(d, "t"),
        Bson.Str(d, "h"));

    public static BsonValue Write(CoverageSummary? coverage) => coverage is null
        ? BsonValue.Null
        : new BsonDocument
        {
            ["reports"] = Bson.Array(coverage.Reports),
            ["files"] = coverage.FilesInReports,
            ["joined"] = coverage.FilesJoined,
            ["line"] = Bson.Value(coverage.LineCoverage),
        };

    public static CoverageSummary? ReadCoverage(BsonValue value) => value switch
    {
        { IsNull: true } => null,
        { IsDocument: true } => new CoverageSummary(
            Bson.Strings(value.AsDocument, "reports"),
            Bson.Int(value.AsDocument, "files"),
            Bson.Int(value.AsDocument, "joined"),
            Bson.OptDbl(value.AsDocument, "line")),
        _ => throw new MalformedDocumentException("Field 'coverage' is not a document."),
    };
}
