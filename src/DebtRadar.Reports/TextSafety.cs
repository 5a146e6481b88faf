using System.Globalization;
using System.Text;

namespace DebtRadar.Reports;

/// <summary>
/// Names from a scanned repository are untrusted: control characters, escape sequences and bidi
/// overrides in a file or identifier name must never reach the terminal raw.
/// </summary>
public static class TextSafety
{
    /// <summary>Returns <paramref name="text"/> with every control, escape and bidi character shown as <c>\uXXXX</c>.</summary>
    public static string ForConsole(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 16);
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is >= '\u202A' and <= '\u202E' // bidi embeddings and overrides
        || c is >= '\u2066' and <= '\u2069' // bidi isolates
        || c is '\u200E' or '\u200F' or '\u061C';
}
