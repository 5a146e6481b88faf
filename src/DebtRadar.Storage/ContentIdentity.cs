using DebtRadar.Core.Model;

namespace DebtRadar.Storage;

/// <summary>
/// Whether two file results have the same stored form without serialising either: every part the
/// stored form keeps is the very same object (the solution-wide pass copies a result with new overlay
/// fields, which the stored form leaves out, and shares everything else).
/// </summary>
internal static class ContentIdentity
{
    public static bool Same(FileResult a, FileResult b) =>
        ReferenceEquals(a, b)
        || (a.Path == b.Path
            && a.ContentHash == b.ContentHash
            && a.Mode == b.Mode
            && a.Lines == b.Lines
            && a.SourceLines == b.SourceLines
            && a.Nloc == b.Nloc
            && a.Types == b.Types
            && a.Members == b.Members
            && a.Diagnostics == b.Diagnostics
            && a.Findings == b.Findings
            && ReferenceEquals(a.Tokens, b.Tokens));
}
