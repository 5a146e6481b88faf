using System.Collections.Immutable;
using DebtRadar.Core.Model;
using LiteDB;

namespace DebtRadar.Storage.Documents;

/// <summary>
/// A file's clone fingerprint as one binary field: token codes and line deltas as LEB128 varints
/// (codes are syntax kinds below 2¹⁴, deltas mostly 0 or 1), about three bytes a token.
/// </summary>
internal static class TokenDocument
{
    public static BsonValue Write(TokenFingerprint tokens)
    {
        if (tokens.Count == 0)
        {
            return BsonValue.Null;
        }

        var bytes = new List<byte>(tokens.Count * 3);
        WriteVarint(bytes, (uint)tokens.Count);
        foreach (var code in tokens.Hashes)
        {
            WriteVarint(bytes, (uint)code);
        }

        var previous = 0;
        foreach (var line in tokens.Lines)
        {
            WriteVarint(bytes, (uint)(line - previous));
            previous = line;
        }

        return new BsonValue(bytes.ToArray());
    }

    /// <summary>The fingerprint, or an empty one for results stored before fingerprints existed.</summary>
    public static TokenFingerprint Read(BsonDocument doc, string name)
    {
        if (!doc.TryGetValue(name, out var value) || value.IsNull)
        {
            return TokenFingerprint.Empty;
        }

        if (!value.IsBinary)
        {
            throw new MalformedDocumentException($"Field '{name}' is not binary.");
        }

        var bytes = value.AsBinary;
        var position = 0;
        var count = (int)ReadVarint(bytes, ref position);
        var codes = ImmutableArray.CreateBuilder<int>(count);
        var lines = ImmutableArray.CreateBuilder<int>(count);
        for (var i = 0; i < count; i++)
        {
            codes.Add((int)ReadVarint(bytes, ref position));
        }

        var line = 0;
        for (var i = 0; i < count; i++)
        {
            line += (int)ReadVarint(bytes, ref position);
            lines.Add(line);
        }

        return new TokenFingerprint(codes.MoveToImmutable(), lines.MoveToImmutable());
    }

    private static void WriteVarint(List<byte> bytes, uint value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }

    private static uint ReadVarint(byte[] bytes, ref int position)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= bytes.Length)
            {
                throw new MalformedDocumentException("Token fingerprint is truncated.");
            }

            var b = bytes[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new MalformedDocumentException("Token fingerprint holds an over-long number.");
    }
}
