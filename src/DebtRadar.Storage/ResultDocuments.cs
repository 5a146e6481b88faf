using System.IO.Compression;
using DebtRadar.Core.Model;
using DebtRadar.Storage.Documents;
using LiteDB;

namespace DebtRadar.Storage;

/// <summary>
/// Stores and reads file results in the <see cref="StoreCollections.Results"/> collection. A result
/// whose document would pass LiteDB's document limit (about 16 MB: a generated file with tens of
/// thousands of members) is stored compressed in parts of <see cref="StoreCollections.ResultParts"/>,
/// and the result document names how many parts there are (docs/storage.md).
/// </summary>
internal static class ResultDocuments
{
    /// <summary>Serialised size above which a result is stored in parts; well below LiteDB's 16,683,050 bytes.</summary>
    internal const int InlineLimit = 8 * 1024 * 1024;

    private const int PartSize = 4 * 1024 * 1024;

    /// <summary>Stores a prepared result; its serialised length (known from hashing it) decides inline or in parts.</summary>
    public static void Insert(LiteDatabase db, PreparedResult result)
    {
        var results = db.GetCollection(StoreCollections.Results);
        if (result.SerializedLength <= InlineLimit)
        {
            results.Insert(new BsonDocument { ["_id"] = result.Id, ["r"] = result.Document });
            return;
        }

        var bytes = BsonSerializer.Serialize(result.Document);
        results.Insert(new BsonDocument { ["_id"] = result.Id, ["parts"] = WriteParts(db, result.Id, bytes), ["size"] = bytes.Length });
    }

    /// <summary>The file result of a stored result document, reassembled from its parts when it has them.</summary>
    public static FileResult Read(LiteDatabase db, BsonDocument stored)
    {
        if (!stored.ContainsKey("parts"))
        {
            return FileResultDocument.Read(Bson.Doc(stored, "r"));
        }

        return FileResultDocument.Read(BsonSerializer.Deserialize(ReadParts(db, stored)));
    }

    /// <summary>
    /// The document to store for <paramref name="document"/>: itself, or, over the limit, a stub with its
    /// id that names the compressed parts written for it (a scan's manifest holding tens of thousands
    /// of clone groups). <see cref="Unpack"/> reverses it.
    /// </summary>
    public static BsonDocument Pack(LiteDatabase db, BsonDocument document)
    {
        var bytes = BsonSerializer.Serialize(document);
        if (bytes.Length <= InlineLimit)
        {
            return document;
        }

        var id = Bson.Str(document, "_id");
        return new BsonDocument { ["_id"] = id, ["parts"] = WriteParts(db, id, bytes), ["size"] = bytes.Length };
    }

    /// <summary>The stored document whole: reassembled from its parts when it is a stub.</summary>
    public static BsonDocument Unpack(LiteDatabase db, BsonDocument stored) =>
        stored.ContainsKey("parts") ? BsonSerializer.Deserialize(ReadParts(db, stored)) : stored;

    /// <summary>Deletes the parts of a stored document, if it has any (not the document itself).</summary>
    public static void DeleteParts(LiteDatabase db, BsonDocument stored)
    {
        if (stored.TryGetValue("parts", out var count) && count.IsInt32)
        {
            var parts = db.GetCollection(StoreCollections.ResultParts);
            var id = Bson.Str(stored, "_id");
            for (var i = 0; i < count.AsInt32; i++)
            {
                parts.Delete(PartId(id, i));
            }
        }
    }

    /// <summary>Deletes a result and its parts, if it has any.</summary>
    public static void Delete(LiteDatabase db, string id)
    {
        var results = db.GetCollection(StoreCollections.Results);
        if (results.FindById(id) is { } stored)
        {
            DeleteParts(db, stored);
        }

        results.Delete(id);
    }

    private static int WriteParts(LiteDatabase db, string id, byte[] bytes)
    {
        var packed = Compress(bytes);
        var parts = db.GetCollection(StoreCollections.ResultParts);
        var count = 0;
        for (var offset = 0; offset < packed.Length; offset += PartSize, count++)
        {
            parts.Insert(new BsonDocument
            {
                ["_id"] = PartId(id, count),
                ["d"] = packed.AsSpan(offset, Math.Min(PartSize, packed.Length - offset)).ToArray(),
            });
        }

        return count;
    }

    private static byte[] ReadParts(LiteDatabase db, BsonDocument stored)
    {
        var id = Bson.Str(stored, "_id");
        var count = Bson.Int(stored, "parts");
        var parts = db.GetCollection(StoreCollections.ResultParts);
        using var packed = new MemoryStream();
        for (var i = 0; i < count; i++)
        {
            var part = parts.FindById(PartId(id, i)) ?? throw new MalformedDocumentException($"Part {i} of '{id}' is missing.");
            packed.Write(Bson.Get(part, "d").AsBinary);
        }

        packed.Position = 0;
        using var inflate = new ZLibStream(packed, CompressionMode.Decompress);
        using var bytes = new MemoryStream(stored.TryGetValue("size", out var size) && size.IsInt32 ? size.AsInt32 : 0);
        inflate.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string PartId(string id, int index) => $"{id}/{index}";

    private static byte[] Compress(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var deflate = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return packed.ToArray();
    }
}
