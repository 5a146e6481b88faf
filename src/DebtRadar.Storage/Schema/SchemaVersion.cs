using LiteDB;

namespace DebtRadar.Storage.Schema;

/// <summary>The <c>meta</c> document that marks a LiteDB file as DebtRadar's and says which layout it has.</summary>
internal static class SchemaVersion
{
    /// <summary>v1: first layout. v2: manifest entries carry per-file totals (trend by file without reading results).</summary>
    public const int Current = 2;

    public const string Application = "DebtRadar";

    public const string MetaCollection = "meta";

    public const string SchemaId = "schema";

    public static BsonDocument Create(int version) => new()
    {
        ["_id"] = SchemaId,
        ["app"] = Application,
        ["version"] = version,
        ["nextSnapshot"] = 1,
    };
}

/// <summary>One step from a schema version to the next, applied inside the migrating transaction.</summary>
internal interface ISchemaMigration
{
    int From { get; }

    void Apply(LiteDatabase db);
}
