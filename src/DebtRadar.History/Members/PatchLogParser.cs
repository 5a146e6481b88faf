using System.Buffers.Text;
using System.Text;
using DebtRadar.History.Git;

namespace DebtRadar.History.Members;

/// <summary>
/// Push parser for <c>git log -p --unified=0 --full-index --format=<see cref="Format"/></c>. It keeps only what
/// member attribution needs (paths, blob ids, hunk ranges) and skips hunk bodies by the counts in their
/// headers, so no content line is ever mistaken for a header. Pure: no process, no file system.
/// </summary>
internal sealed class PatchLogParser(Action<PatchCommit> sink)
{
    public const string Format = "%x1e%H%x1f%aN%x1f%ct";

    private readonly PathTable strings = new();
    private byte[] pending = new byte[1024];
    private int pendingLength;
    private (string Sha, string Author, long Time)? commit;
    private List<FilePatch> files = [];
    private FileBuilder? file;
    private int bodyLines;

    public void Feed(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var newline = data.IndexOf((byte)'\n');
            if (newline < 0)
            {
                Append(data);
                return;
            }

            if (pendingLength > 0)
            {
                Append(data[..newline]);
                Line(pending.AsSpan(0, pendingLength));
                pendingLength = 0;
            }
            else
            {
                Line(data[..newline]);
            }

            data = data[(newline + 1)..];
        }
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        if (pending.Length < pendingLength + data.Length)
        {
            Array.Resize(ref pending, Math.Max(pending.Length * 2, pendingLength + data.Length));
        }

        data.CopyTo(pending.AsSpan(pendingLength));
        pendingLength += data.Length;
    }

    public void Complete()
    {
        pendingLength = 0;
        FlushCommit();
    }

    private void Line(ReadOnlySpan<byte> line)
    {
        if (bodyLines > 0)
        {
            // "\ No newline at end of file" follows a body line and is not counted in the header.
            if (line.IsEmpty || line[0] != (byte)'\\')
            {
                bodyLines--;
            }

            return;
        }

        if (!line.IsEmpty && line[0] == 0x1e)
        {
            FlushCommit();
            commit = Header(line[1..]);
        }
        else if (line.StartsWith("diff --git "u8))
        {
            FlushFile();
            file = new FileBuilder();
        }
        else if (file is null)
        {
            return;
        }
        else if (line.StartsWith("@@ -"u8))
        {
            if (TryHunk(line[4..], out var hunk))
            {
                file.Hunks.Add(hunk);
                bodyLines = hunk.OldCount + hunk.NewCount;
            }
        }
        else if (line.StartsWith("rename from "u8))
        {
            file.OldPath = Path(line["rename from "u8.Length..], prefix: false);
        }
        else if (line.StartsWith("rename to "u8))
        {
            file.NewPath = Path(line["rename to "u8.Length..], prefix: false);
        }
        else if (line.StartsWith("--- "u8))
        {
            file.OldPath ??= Path(line[4..], prefix: true);
        }
        else if (line.StartsWith("+++ "u8))
        {
            file.NewPath ??= Path(line[4..], prefix: true);
        }
        else if (line.StartsWith("index "u8))
        {
            var ids = line[6..];
            var space = ids.IndexOf((byte)' ');
            ids = space < 0 ? ids : ids[..space];
            var dots = ids.IndexOf(".."u8);
            if (dots > 0)
            {
                file.OldBlob = Encoding.ASCII.GetString(ids[..dots]);
                file.NewBlob = Encoding.ASCII.GetString(ids[(dots + 2)..]);
            }
        }
    }

    private (string, string, long)? Header(ReadOnlySpan<byte> header)
    {
        var first = header.IndexOf((byte)0x1f);
        var last = header.LastIndexOf((byte)0x1f);
        if (first < 0 || last <= first || !Utf8Parser.TryParse(header[(last + 1)..], out long time, out _))
        {
            return null;
        }

        return (Encoding.ASCII.GetString(header[..first]), strings.Get(header[(first + 1)..last]), time);
    }

    private static bool TryHunk(ReadOnlySpan<byte> text, out Hunk hunk)
    {
        hunk = default;
        if (!Range(ref text, out var oldStart, out var oldCount) || text.IsEmpty || text[0] != (byte)' ')
        {
            return false;
        }

        text = text[1..];
        if (text.IsEmpty || text[0] != (byte)'+')
        {
            return false;
        }

        text = text[1..];
        if (!Range(ref text, out var newStart, out var newCount))
        {
            return false;
        }

        hunk = new Hunk(oldStart, oldCount, newStart, newCount);
        return true;
    }

    /// <summary>Parses <c>start[,count]</c>; a missing count means 1, as in unified diff.</summary>
    private static bool Range(ref ReadOnlySpan<byte> text, out int start, out int count)
    {
        count = 1;
        if (!Utf8Parser.TryParse(text, out start, out var used))
        {
            return false;
        }

        text = text[used..];
        if (!text.IsEmpty && text[0] == (byte)',')
        {
            if (!Utf8Parser.TryParse(text[1..], out count, out used))
            {
                return false;
            }

            text = text[(used + 1)..];
        }

        return true;
    }

    private string? Path(ReadOnlySpan<byte> text, bool prefix)
    {
        if (text.SequenceEqual("/dev/null"u8))
        {
            return null;
        }

        byte[]? unquoted = null;
        if (!text.IsEmpty && text[0] == (byte)'"')
        {
            unquoted = GitQuoting.Unquote(text);
            text = unquoted;
        }
        else if (!text.IsEmpty && text[^1] == (byte)'\t')
        {
            // git ends ---/+++ lines with a tab when the unquoted path has a space.
            text = text[..^1];
        }

        if (prefix && text.Length > 2 && text[1] == (byte)'/')
        {
            text = text[2..];
        }

        return strings.Get(text);
    }

    private void FlushFile()
    {
        if (file is { } f)
        {
            files.Add(new FilePatch(f.OldPath, f.NewPath, f.OldBlob, f.NewBlob, f.Hunks));
        }

        file = null;
        bodyLines = 0;
    }

    private void FlushCommit()
    {
        FlushFile();
        if (commit is { } c)
        {
            sink(new PatchCommit(c.Sha, c.Author, c.Time, files));
            files = [];
        }

        commit = null;
    }

    private sealed class FileBuilder
    {
        public string? OldPath { get; set; }

        public string? NewPath { get; set; }

        public string? OldBlob { get; set; }

        public string? NewBlob { get; set; }

        public List<Hunk> Hunks { get; } = [];
    }
}
