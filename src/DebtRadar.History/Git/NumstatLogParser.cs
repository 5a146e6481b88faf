using System.Buffers.Text;

namespace DebtRadar.History.Git;

/// <summary>
/// Push parser for <c>git log -z --numstat --format=<see cref="ZLogParser.Format"/></c>: fed chunks of standard
/// output as they arrive, it hands each finished commit to the sink. Pure: no process, no file system.
/// </summary>
/// <remarks>
/// With <c>-z</c> every record ends in NUL: the header (<c>RS sha US parents US author US time</c>), then one
/// <c>added TAB deleted TAB path</c> per file, or for a rename <c>added TAB deleted TAB</c> followed by the old
/// and the new path as two records. A binary file shows <c>-</c> for both counts.
/// </remarks>
internal sealed class NumstatLogParser(Action<GitCommit> sink) : ZLogParser(sink)
{
    private RenameState rename;
    private int renameAdded;
    private int renameDeleted;
    private string? renameOld;

    protected override bool ExpectsPath => rename != RenameState.None;

    protected override void PathRecord(ReadOnlySpan<byte> record)
    {
        if (rename == RenameState.ExpectOld)
        {
            renameOld = Paths.Get(record);
            rename = RenameState.ExpectNew;
            return;
        }

        AddChange(new FileChange(Paths.Get(record), renameOld, renameAdded, renameDeleted));
        rename = RenameState.None;
    }

    protected override void Entry(ReadOnlySpan<byte> record)
    {
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

        AddChange(new FileChange(Paths.Get(path), null, added, deleted));
    }

    protected override void Reset() => rename = RenameState.None;

    private static int ParseCount(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out int value, out var consumed) && consumed == text.Length ? value : 0;

    private enum RenameState
    {
        None,
        ExpectOld,
        ExpectNew,
    }
}
