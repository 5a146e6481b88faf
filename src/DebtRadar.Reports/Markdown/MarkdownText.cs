using System.Text;

namespace DebtRadar.Reports.Markdown;

/// <summary>
/// Untrusted names (paths, identifiers, messages built from them) in Markdown that GitHub renders:
/// no markup, no table break, no raw HTML, no @-mention or #-reference that pings people.
/// </summary>
public static class MarkdownText
{
    /// <summary>Prose: markup characters backslash-escaped, <c>@</c> and <c>#</c> as HTML entities, control characters shown as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var safe = TextSafety.ForConsole(text);
        var builder = new StringBuilder(safe.Length + 8);
        foreach (var c in safe)
        {
            switch (c)
            {
                case '@': builder.Append("&#64;"); break;
                case '#': builder.Append("&#35;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '!':
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A name as a code span (literal, never a mention or link); table pipes escaped, backticks replaced.</summary>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var safe = TextSafety.ForConsole(text).Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal);
        return $"`{safe}`";
    }
}
