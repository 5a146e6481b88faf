using System.Buffers.Text;

namespace DebtRadar.History.Git;

/// <summary>
/// Push parser for <c>git log -z --numstat --format=<see cref="Format"/></c>: fed chunks of standard output as
/// they arrive, it hands each finished commit to the sink. Pure: no process, no file system.
/// </summary>
/// <remarks>
/// With <c>-z</c> every record ends in NUL: the header (<c>RS sha US parents US author US time</c>), then one
/// <c>added TAB deleted TAB path</c> per file, or for a rename <c>added TAB deleted TAB</c> followed by the old
/// and the new path as two records. A binary file shows <c>-</c> for both counts.
/// </remarks>
internal sealed class NumstatLogParser(Action<GitCommit> sink)
{
    public const string Format = "%x1e%H%x1f%P%x1f%aN%x1f%ct";

    private const byte RecordSeparator = 0x1e;
    private const byte UnitSeparator = 0x1f;

    private readonly PathTable paths = new();
    private readonly PathTable authors = new();
    private byte[] pending = new byte[1024];
    private int pendingLength;
    private Header? current;
    private List<FileChange> changes = [];
    private RenameState rename;
    private int renameAdded;
    private int renameDeleted;
    private string? renameOld;

    public int Commits { get; private set; }

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
        switch (rename)
        {
            case RenameState.ExpectOld:
                renameOld = paths.Get(record);
                rename = RenameState.ExpectNew;
                return;
            case RenameState.ExpectNew:
                changes.Add(new FileChange(paths.Get(record), renameOld, renameAdded, renameDeleted));
                rename = RenameState.None;
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

        if (current is null)
        {
            return;
        }

        var firstTab = record.IndexOf((byte)'\t');
        var secondTab = firstTab < 0 ? -1 : record[(firstTab + 1)..].IndexOf((byte)'\t');
        if (secondTab < 0)
        {
            return;
        }

        secondTab += firstTab + 1;
        var added = ParseCount(record[..firstTab]);
        var deleted = ParseCount(record[(firstTab + 1)..secondTab]);
        var path = record[(secondTab + 1)..];
        if (path.IsEmpty)
        {
            (renameAdded, renameDeleted, rename) = (added, deleted, RenameState.ExpectOld);
            return;
        }

        changes.Add(new FileChange(paths.Get(path), null, added, deleted));
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
        rename = RenameState.None;
    }

    private static int ParseCount(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out int value, out var consumed) && consumed == text.Length ? value : 0;

    private sealed record Header(string Sha, int Parents, string Author, long Time);

    private enum RenameState
    {
        None,
        ExpectOld,
        ExpectNew,
    }
}
