using System.Buffers.Text;

namespace DebtRadar.History.Git;

/// <summary>
/// The part shared by the push parsers of <c>git log -z --format=<see cref="Format"/></c>: splits the stream
/// into NUL-terminated records, parses commit headers and hands each finished commit to the sink. What follows
/// a header (numstat or name-status records) is the subclass's.
/// </summary>
internal abstract class ZLogParser(Action<GitCommit> sink)
{
    public const string Format = "%x1e%H%x1f%P%x1f%aN%x1f%ct";

    private const byte RecordSeparator = 0x1e;
    private const byte UnitSeparator = 0x1f;

    private readonly PathTable authors = new();
    private byte[] pending = new byte[1024];
    private int pendingLength;
    private Header? current;
    private List<FileChange> changes = [];

    public int Commits { get; private set; }

    protected PathTable Paths { get; } = new();

    protected bool InCommit => current is not null;

    public void Feed(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var nul = data.IndexOf((byte)0);
            if (nul < 0)
            {
                Append(data);
                return;
            }

            if (pendingLength > 0)
            {
                Append(data[..nul]);
                Record(pending.AsSpan(0, pendingLength));
                pendingLength = 0;
            }
            else
            {
                Record(data[..nul]);
            }

            data = data[(nul + 1)..];
        }
    }

    /// <summary>Ends the stream: a record cut short (git died mid-output) is dropped, the last whole commit is emitted.</summary>
    public void Complete()
    {
        pendingLength = 0;
        Flush();
    }

    /// <summary>A record that is not a header; <paramref name="record"/> has no leading newline and is not empty.</summary>
    protected abstract void Entry(ReadOnlySpan<byte> record);

    /// <summary>A path record the subclass was waiting for (paths may start with a newline byte).</summary>
    protected abstract bool ExpectsPath { get; }

    protected abstract void PathRecord(ReadOnlySpan<byte> record);

    /// <summary>Forgets any half-read entry when a commit ends.</summary>
    protected abstract void Reset();

    protected void AddChange(FileChange change) => changes.Add(change);

    private void Append(ReadOnlySpan<byte> data)
    {
        if (pending.Length < pendingLength + data.Length)
        {
            Array.Resize(ref pending, Math.Max(pending.Length * 2, pendingLength + data.Length));
        }

        data.CopyTo(pending.AsSpan(pendingLength));
        pendingLength += data.Length;
    }

    private void Record(ReadOnlySpan<byte> record)
    {
        if (ExpectsPath)
        {
            PathRecord(record);
            return;
        }

        while (!record.IsEmpty && record[0] == (byte)'\n')
        {
            record = record[1..];
        }

        if (record.IsEmpty)
        {
            return;
        }

        if (record[0] == RecordSeparator)
        {
            Flush();
            current = ParseHeader(record[1..]);
            return;
        }

        if (current is not null)
        {
            Entry(record);
        }
    }

    private Header? ParseHeader(ReadOnlySpan<byte> header)
    {
        var sha = NextField(ref header);
        var parentText = NextField(ref header);
        var authorText = NextField(ref header);
        if (sha.IsEmpty || authorText.IsEmpty && header.IsEmpty)
        {
            return null;
        }

        var parents = parentText.IsEmpty ? 0 : parentText.Count((byte)' ') + 1;
        return Utf8Parser.TryParse(header, out long time, out var consumed) && consumed == header.Length
            ? new Header(System.Text.Encoding.ASCII.GetString(sha), parents, authors.Get(authorText), time)
            : null;
    }

    private static ReadOnlySpan<byte> NextField(ref ReadOnlySpan<byte> rest)
    {
        var end = rest.IndexOf(UnitSeparator);
        if (end < 0)
        {
            var all = rest;
            rest = default;
            return all;
        }

        var field = rest[..end];
        rest = rest[(end + 1)..];
        return field;
    }

    private void Flush()
    {
        if (current is { } header)
        {
            sink(new GitCommit(header.Sha, header.Parents, header.Author, header.Time, changes));
            Commits++;
            changes = [];
        }

        current = null;
        Reset();
    }

    private sealed record Header(string Sha, int Parents, string Author, long Time);
}
