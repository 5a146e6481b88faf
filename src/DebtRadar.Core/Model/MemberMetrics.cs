namespace DebtRadar.Core.Model;

/// <summary>Every metric of one member, as METRICS.md defines them.</summary>
/// <param name="Cyclomatic"><c>cc.ms</c>: cyclomatic complexity the Microsoft.CodeAnalysis.Metrics way.</param>
/// <param name="Cognitive"><c>cog.sonar</c>: cognitive complexity the SonarAnalyzer S3776 way.</param>
/// <param name="SourceLines"><c>loc.source</c>: declaration lines without leading/trailing blank lines.</param>
/// <param name="ExecutableLines"><c>loc.exec</c>: the MS executable-lines count.</param>
/// <param name="Nloc"><c>loc.nloc</c>: lines with code, no comment-only or blank lines.</param>
/// <param name="Parameters"><c>params</c>: parameter count.</param>
/// <param name="MaxNesting"><c>nesting.max</c>: deepest control-flow nesting.</param>
/// <param name="MsHalsteadVolume">Halstead volume the MS way (feeds <c>mi.ms</c>).</param>
/// <param name="Halstead">Textbook Halstead counts.</param>
/// <param name="MaintainabilityIndex"><c>mi.ms</c>: 0–100, rounded half-to-even.</param>
/// <param name="Coupling"><c>coupling.ms</c>: distinct named types the member references.</param>
public sealed record MemberMetrics(
    int Cyclomatic,
    int Cognitive,
    int SourceLines,
    int ExecutableLines,
    int Nloc,
    int Parameters,
    int MaxNesting,
    double MsHalsteadVolume,
    HalsteadMetrics Halstead,
    int MaintainabilityIndex,
    int Coupling)
{
    /// <summary>Covered / coverable lines of the member from an imported coverage report, 0–1; null without coverage.</summary>
    public double? LineCoverage { get; init; }

    /// <summary>Covered / total branch outcomes of the member, 0–1; null without coverage or without branches.</summary>
    public double? BranchCoverage { get; init; }

    /// <summary>CRAP score cc² × (1 − line coverage)³ + cc (Savoia &amp; Evans, crap4j); null without coverage.</summary>
    public double? Crap { get; init; }

    /// <summary>"Bumpy road" bumps: top-level control statements whose own nesting reaches 2 (docs/health.md); 0 before it was measured.</summary>
    public int Bumps { get; init; }

    /// <summary>Conditions (<c>if</c>, loops, <c>?:</c>) with two or more <c>&amp;&amp;</c>/<c>||</c> operators; 0 before it was measured.</summary>
    public int ComplexConditionals { get; init; }
}
