namespace DebtRadar.History.Git;

/// <summary>
/// Push parser for <c>git log -z --name-status --format=<see cref="ZLogParser.Format"/></c>: which files each
/// commit touched, with renames, and no line counts (git needs no file contents for it, except to score
/// inexact renames). Changes carry 0 added and 0 deleted lines.
/// </summary>
/// <remarks>
/// After the header each file is a status record (<c>M</c>, <c>A</c>, <c>D</c>, <c>T</c>, or <c>R086</c> /
/// <c>C075</c> with a score) followed by its path, or by the old and the new path for a rename or copy.
/// </remarks>
internal sealed class NameStatusLogParser(Action<GitCommit> sink) : ZLogParser(sink)
{
    private State state;
    private string? oldPath;

    protected override bool ExpectsPath => state != State.Status;

    protected override void Entry(ReadOnlySpan<byte> record) =>
        state = record[0] is (byte)'R' or (byte)'C' ? State.OldPath : State.Path;

    protected override void PathRecord(ReadOnlySpan<byte> record)
    {
        if (state == State.OldPath)
        {
            oldPath = Paths.Get(record);
            state = State.NewPath;
            return;
        }

        AddChange(new FileChange(Paths.Get(record), state == State.NewPath ? oldPath : null, 0, 0));
        state = State.Status;
        oldPath = null;
    }

    protected override void Reset()
    {
        state = State.Status;
        oldPath = null;
    }

    private enum State
    {
        Status,
        Path,
        OldPath,
        NewPath,
    }
}
