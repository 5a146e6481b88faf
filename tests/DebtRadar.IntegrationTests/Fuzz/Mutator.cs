using System.Text;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>Deterministic byte-level damage to well-formed C#: what a broken checkout, a bad merge or a hostile pull request can hold.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x28, 0xA1], [0x00],
        "\u202E"u8.ToArray(), "\u001b[31m"u8.ToArray(), [0xEF, 0xBB, 0xBF],
    ];

    private readonly Random random = new(seed);

    public (string Kind, byte[] Bytes) Next(IReadOnlyList<string> seeds)
    {
        var source = Encoding.UTF8.GetBytes(seeds[random.Next(seeds.Count)]);
        var rounds = 1 + random.Next(4);
        var kinds = new List<string>();
        for (var i = 0; i < rounds; i++)
        {
            var (kind, mutated) = Mutate(source, seeds);
            kinds.Add(kind);
            source = mutated;
        }

        return (string.Join('+', kinds), source);
    }

    private (string Kind, byte[] Bytes) Mutate(byte[] source, IReadOnlyList<string> seeds)
    {
        if (source.Length == 0)
        {
            return ("empty", source);
        }

        switch (random.Next(7))
        {
            case 0:
                var flipped = (byte[])source.Clone();
                for (var n = 1 + random.Next(8); n > 0; n--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                }

                return ("flip", flipped);
            case 1:
                return ("truncate", source[..random.Next(source.Length)]);
            case 2:
                var start = random.Next(source.Length);
                var length = random.Next(Math.Min(200, source.Length - start) + 1);
                return ("delete", [.. source[..start], .. source[(start + length)..]]);
            case 3:
                var at = random.Next(source.Length + 1);
                return ("utf8", [.. source[..at], .. InvalidUtf8[random.Next(InvalidUtf8.Length)], .. source[at..]]);
            case 4:
                var from = random.Next(source.Length);
                var span = source.AsSpan(from, random.Next(Math.Min(300, source.Length - from) + 1)).ToArray();
                var to = random.Next(source.Length + 1);
                return ("duplicate", [.. source[..to], .. span, .. source[to..]]);
            case 5:
                var other = Encoding.UTF8.GetBytes(seeds[random.Next(seeds.Count)]);
                var cut = random.Next(source.Length);
                return ("splice", [.. source[..cut], .. other[random.Next(other.Length)..]]);
            default:
                var tokens = new[] { "{", "}", "(", ")", "\"", "'", "/*", "*/", "#if X", "#endif", "$\"{", "\"\"\"", "<", ">", "=>", "@", "?", ";" };
                var place = random.Next(source.Length + 1);
                return ("token", [.. source[..place], .. Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]), .. source[place..]]);
        }
    }
}
