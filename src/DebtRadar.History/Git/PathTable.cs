using System.Text;

namespace DebtRadar.History.Git;

/// <summary>
/// Decodes UTF-8 path bytes to one shared string per distinct path, so thousands of commits touching the
/// same files allocate each name once.
/// </summary>
internal sealed class PathTable
{
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private char[] chars = new char[256];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        var max = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (chars.Length < max)
        {
            chars = new char[Math.Max(max, chars.Length * 2)];
        }

        var length = Encoding.UTF8.GetChars(utf8, chars);
        var span = chars.AsSpan(0, length);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var existing))
        {
            return existing;
        }

        var created = span.ToString();
        strings.Add(created);
        return created;
    }
}
