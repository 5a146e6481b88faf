using System.Collections.Immutable;
using System.Globalization;
using LiteDB;

namespace DebtRadar.Storage.Documents;

/// <summary>A stored document does not have the shape this version wrote: the file is corrupt.</summary>
internal sealed class MalformedDocumentException : Exception
{
    public MalformedDocumentException()
    {
    }

    public MalformedDocumentException(string message)
        : base(message)
    {
    }

    public MalformedDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Strict readers and small writers for hand-mapped documents.</summary>
internal static class Bson
{
    public static BsonValue Get(BsonDocument doc, string name) =>
        doc.TryGetValue(name, out var value) ? value : throw new MalformedDocumentException($"Field '{name}' is missing.");

    public static string Str(BsonDocument doc, string name) =>
        Get(doc, name) is { IsString: true } v ? v.AsString : throw Wrong(name, "a string");

    public static string? OptStr(BsonDocument doc, string name) =>
        Get(doc, name) switch
        {
            { IsNull: true } => null,
            { IsString: true } v => v.AsString,
            _ => throw Wrong(name, "a string or null"),
        };

    public static int Int(BsonDocument doc, string name) =>
        Get(doc, name) is { IsInt32: true } v ? v.AsInt32 : throw Wrong(name, "an int");

    public static int? OptInt(BsonDocument doc, string name) =>
        Get(doc, name) switch
        {
            { IsNull: true } => null,
            { IsInt32: true } v => v.AsInt32,
            _ => throw Wrong(name, "an int or null"),
        };

    public static long Long(BsonDocument doc, string name) =>
        Get(doc, name) is { IsInt64: true } v ? v.AsInt64 : throw Wrong(name, "a long");

    public static double Dbl(BsonDocument doc, string name) =>
        Get(doc, name) is { IsDouble: true } v ? v.AsDouble : throw Wrong(name, "a double");

    public static double? OptDbl(BsonDocument doc, string name) =>
        Get(doc, name) switch
        {
            { IsNull: true } => null,
            { IsDouble: true } v => v.AsDouble,
            _ => throw Wrong(name, "a double or null"),
        };

    public static bool Bool(BsonDocument doc, string name) =>
        Get(doc, name) is { IsBoolean: true } v ? v.AsBoolean : throw Wrong(name, "a boolean");

    public static BsonDocument Doc(BsonDocument doc, string name) =>
        Get(doc, name) is { IsDocument: true } v ? v.AsDocument : throw Wrong(name, "a document");

    public static BsonArray Arr(BsonDocument doc, string name) =>
        Get(doc, name) is { IsArray: true } v ? v.AsArray : throw Wrong(name, "an array");

    public static TEnum Enum<TEnum>(BsonDocument doc, string name)
        where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(Str(doc, name), ignoreCase: false, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Wrong(name, $"a {typeof(TEnum).Name}");

    public static ImmutableArray<T> List<T>(BsonDocument doc, string name, Func<BsonDocument, T> read)
    {
        var array = Arr(doc, name);
        var builder = ImmutableArray.CreateBuilder<T>(array.Count);
        foreach (var item in array)
        {
            builder.Add(item.IsDocument ? read(item.AsDocument) : throw Wrong(name, "an array of documents"));
        }

        return builder.MoveToImmutable();
    }

    public static ImmutableArray<string> Strings(BsonDocument doc, string name)
    {
        var array = Arr(doc, name);
        var builder = ImmutableArray.CreateBuilder<string>(array.Count);
        foreach (var item in array)
        {
            builder.Add(item.IsString ? item.AsString : throw Wrong(name, "an array of strings"));
        }

        return builder.MoveToImmutable();
    }

    public static BsonArray Array<T>(IEnumerable<T> items, Func<T, BsonValue> write) => new(items.Select(write));

    public static BsonArray Array(IEnumerable<string> items) => new(items.Select(s => new BsonValue(s)));

    public static BsonValue Value(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    public static BsonValue Value(int? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static BsonValue Value(double? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    /// <summary>Enums by name, so a reordered enum never changes stored meaning; an undefined value is a bug, never stored.</summary>
    public static BsonValue Name<TEnum>(TEnum value)
        where TEnum : struct, System.Enum =>
        System.Enum.IsDefined(value)
            ? new BsonValue(value.ToString())
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    /// <summary>
    /// Dates as UTC ticks plus the offset in minutes: LiteDB's own date type keeps milliseconds only,
    /// and a snapshot must read back exactly as written.
    /// </summary>
    public static BsonDocument Date(DateTimeOffset value) => new()
    {
        ["t"] = value.UtcTicks,
        ["o"] = (int)value.Offset.TotalMinutes,
    };

    public static DateTimeOffset Date(BsonDocument doc, string name)
    {
        var d = Doc(doc, name);
        var ticks = Long(d, "t");
        var offset = Int(d, "o");
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks || Math.Abs(offset) > 14 * 60)
        {
            throw Wrong(name, "a date");
        }

        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offset));
    }

    private static MalformedDocumentException Wrong(string name, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Field '{name}' is not {expected}."));
}
