namespace DebtRadar.History.Members;

/// <summary>One commit of <c>git log -p --unified=0</c>: which line ranges of which files changed.</summary>
internal sealed record PatchCommit(string Sha, string Author, long CommitTime, IReadOnlyList<FilePatch> Files);

/// <summary>The changes to one file in one commit.</summary>
/// <param name="OldPath">Path before (null for a new file).</param>
/// <param name="NewPath">Path after (null for a deleted file).</param>
/// <param name="OldBlob">Full blob id before; null or zeros when there was none.</param>
/// <param name="NewBlob">Full blob id after.</param>
/// <param name="Hunks">Changed ranges; empty for a pure rename or a binary file.</param>
internal sealed record FilePatch(string? OldPath, string? NewPath, string? OldBlob, string? NewBlob, IReadOnlyList<Hunk> Hunks);

/// <summary>A zero-context hunk header <c>@@ -OldStart,OldCount +NewStart,NewCount @@</c>.</summary>
internal readonly record struct Hunk(int OldStart, int OldCount, int NewStart, int NewCount);
