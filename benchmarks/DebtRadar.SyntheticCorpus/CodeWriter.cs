using System.Text;

namespace DebtRadar.SyntheticCorpus;

/// <summary>Writes indented C# with <c>\n</c> line ends, whatever the platform, so output is byte-identical everywhere.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder text = new();
    private int indent;

    /// <summary>Lines written so far.</summary>
    public int LineCount { get; private set; }

    /// <summary>Writes one line at the current indentation (an empty line has no indentation).</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', indent * 4);
        }

        text.Append(line).Append('\n');
        LineCount++;
        return this;
    }

    /// <summary>Writes a header line and an opening brace, then indents.</summary>
    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        indent++;
        return this;
    }

    /// <summary>Indents the following lines one more level (after a line that opens a block).</summary>
    public CodeWriter Indent()
    {
        indent++;
        return this;
    }

    /// <summary>Outdents and writes the closing brace, with an optional suffix such as <c>;</c>.</summary>
    public CodeWriter Close(string suffix = "")
    {
        indent--;
        return Line("}" + suffix);
    }

    /// <inheritdoc/>
    public override string ToString() => text.ToString();
}
