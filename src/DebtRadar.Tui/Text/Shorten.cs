namespace DebtRadar.Tui.Text;

/// <summary>Fits names into a column: paths and member names are told apart by their end.</summary>
public static class Shorten
{
    /// <summary><paramref name="text"/> if it fits, else "…" and its last characters.</summary>
    public static string Tail(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= width || width < 2 ? text : "…" + text[^(width - 1)..];
    }

    /// <summary><paramref name="text"/> if it fits, else its first characters and "…" (a member keeps its name, loses its last parameters).</summary>
    public static string Head(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= width || width < 2 ? text : text[..(width - 1)] + "…";
    }

    /// <summary><c>Ns.Type.Name(…)</c> without the namespace: <c>Type.Name(…)</c> (the parameter list may hold dots).</summary>
    public static string Member(string member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var open = member.IndexOf('(', StringComparison.Ordinal);
        var head = open < 0 ? member : member[..open];
        var dots = head.Split('.');
        return dots.Length <= 2 ? member : string.Join('.', dots[^2..]) + member[head.Length..];
    }
}
