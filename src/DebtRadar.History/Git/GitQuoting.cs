namespace DebtRadar.History.Git;

/// <summary>Undoes git's C-style quoting of unusual paths (<c>"a/tab\there"</c>, octal bytes <c>\303\251</c>).</summary>
internal static class GitQuoting
{
    public static byte[] Unquote(ReadOnlySpan<byte> quoted)
    {
        var text = quoted;
        if (text.Length >= 2 && text[0] == (byte)'"' && text[^1] == (byte)'"')
        {
            text = text[1..^1];
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != (byte)'\\' || i + 1 >= text.Length)
            {
                bytes.Add(text[i]);
                continue;
            }

            var c = text[++i];
            if (c is >= (byte)'0' and <= (byte)'7' && i + 2 < text.Length)
            {
                bytes.Add((byte)(((c - '0') * 64) + ((text[i + 1] - '0') * 8) + (text[i + 2] - '0')));
                i += 2;
                continue;
            }

            bytes.Add(c switch
            {
                (byte)'a' => 7,
                (byte)'b' => 8,
                (byte)'t' => 9,
                (byte)'n' => 10,
                (byte)'v' => 11,
                (byte)'f' => 12,
                (byte)'r' => 13,
                _ => c,
            });
        }

        return [.. bytes];
    }
}
