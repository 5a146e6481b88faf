namespace DebtRadar.Core.Model;

/// <summary>How a file changed over the history window of a scan, and its hotspot score.</summary>
/// <param name="Path">Repository-relative path.</param>
/// <param name="Revisions">Commits that changed it in the window (renames followed, merges not counted).</param>
/// <param name="Added">Lines added.</param>
/// <param name="Deleted">Lines deleted.</param>
/// <param name="Authors">Distinct authors (mailmap applied).</param>
/// <param name="MainAuthorShare">Share of the added lines written by its main author, 0–1.</param>
/// <param name="HotspotScore">Normalised revisions × normalised cognitive complexity, 0–1.</param>
public sealed record FileChurn(string Path, int Revisions, int Added, int Deleted, int Authors, double MainAuthorShare, double HotspotScore);
