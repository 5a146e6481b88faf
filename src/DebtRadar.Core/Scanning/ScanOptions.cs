namespace DebtRadar.Core.Scanning;

/// <summary>How a scan runs.</summary>
/// <param name="Jobs">Documents measured at once (at least 1).</param>
/// <param name="Cache">Results of earlier scans to reuse, or null to measure everything.</param>
/// <param name="ConfigurationHash">Hash of the configuration in force (part of every cache key).</param>
/// <param name="ToolVersion">Tool and metric definition versions (part of every cache key).</param>
public sealed record ScanOptions(int Jobs, IFileResultCache? Cache = null, string ConfigurationHash = "", string ToolVersion = "")
{
    /// <summary>The rules that run on every file, type and the whole scan; none by default. Its hash belongs in <see cref="ConfigurationHash"/>.</summary>
    public Rules.RuleSet Rules { get; init; } = DebtRadar.Core.Rules.RuleSet.None;

    /// <summary>Coverage reports to join to the members (CRAP, code health); null for none. Not part of any cache key: the join runs after every file is measured.</summary>
    public Health.CoverageInput? Coverage { get; init; }
}

/// <summary>Progress of a scan, reported per measured document.</summary>
/// <param name="Project">The project being measured.</param>
/// <param name="ProjectNumber">1-based position of the project in the scan.</param>
/// <param name="FilesDone">Documents of this project finished.</param>
/// <param name="FilesTotal">Documents of this project.</param>
/// <param name="FilesReused">Documents whose stored result was reused.</param>
public sealed record ScanProgress(string Project, int ProjectNumber, int FilesDone, int FilesTotal, int FilesReused);
