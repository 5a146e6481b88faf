namespace DebtRadar.Cli.Scanning;

/// <summary>What the user asked a scan to do (the options shared by scan, backfill and hotspots).</summary>
internal sealed record ScanRequest(
    string Path,
    bool SyntaxOnly,
    string? Framework,
    int Jobs,
    bool Verbose,
    TimeSpan LoadTimeout);
