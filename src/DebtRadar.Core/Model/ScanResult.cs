using System.Collections.Immutable;

namespace DebtRadar.Core.Model;

/// <summary>The measurements of one project.</summary>
/// <param name="Name">Project name (file name without extension).</param>
/// <param name="Path">Repository-relative path of the project file; empty for a loose folder of files.</param>
/// <param name="Framework">The one target framework measured, or null when unknown (syntax-only).</param>
/// <param name="Mode">The weakest mode of its files.</param>
/// <param name="ProjectReferences">Names of the projects it references.</param>
/// <param name="Files">Its files, ordered by path.</param>
/// <param name="Types">Its types, aggregated over partial declarations, ordered by file and line.</param>
/// <param name="Diagnostics">Problems met loading it.</param>
public sealed record ProjectResult(
    string Name,
    string Path,
    string? Framework,
    AnalysisMode Mode,
    ImmutableArray<string> ProjectReferences,
    ImmutableArray<FileResult> Files,
    ImmutableArray<TypeResult> Types,
    ImmutableArray<ScanDiagnostic> Diagnostics)
{
    /// <summary>Type-scope findings of this project (member and file findings live on each file).</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>Lines of its files that belong to a clone.</summary>
    public int DuplicatedLines => Files.Sum(f => f.DuplicatedLines);

    /// <summary>Duplicated lines / physical lines of its files, 0–1.</summary>
    public double DuplicationDensity => Files.Sum(f => f.Lines) is var lines and > 0 ? (double)DuplicatedLines / lines : 0;
}

/// <summary>Robert C. Martin's package metrics for a namespace or a project.</summary>
/// <param name="Name">The namespace or project.</param>
/// <param name="Types">Types inside.</param>
/// <param name="AbstractTypes">Interfaces and abstract classes inside.</param>
/// <param name="Afferent">Ca: types outside that use types inside.</param>
/// <param name="Efferent">Ce: types inside that use types outside (within the scanned code).</param>
public sealed record PackageMetrics(string Name, int Types, int AbstractTypes, int Afferent, int Efferent)
{
    /// <summary>Instability I = Ce / (Ca + Ce); 0 when both are 0.</summary>
    public double Instability => Afferent + Efferent == 0 ? 0 : (double)Efferent / (Afferent + Efferent);

    /// <summary>Abstractness A = abstract types / types; 0 for no type.</summary>
    public double Abstractness => Types == 0 ? 0 : (double)AbstractTypes / Types;

    /// <summary>Distance from the main sequence D = |A + I − 1|.</summary>
    public double Distance => Math.Abs(Abstractness + Instability - 1);
}

/// <summary>The result of one scan.</summary>
/// <param name="Target">What was scanned, as the user named it (repository-relative where possible).</param>
/// <param name="RepositoryRoot">Absolute path that file paths are relative to.</param>
/// <param name="Projects">Per project, in dependency order.</param>
/// <param name="Namespaces">Martin's metrics per namespace.</param>
/// <param name="ProjectPackages">Martin's metrics per project.</param>
/// <param name="NamespaceCycles">Dependency cycles between namespaces, each a list of names.</param>
/// <param name="ProjectCycles">Dependency cycles between projects.</param>
/// <param name="Diagnostics">Problems met loading the target as a whole.</param>
/// <param name="Phases">Wall time of each phase (load, parse, compile, analyse…), in the order run.</param>
public sealed record ScanResult(
    string Target,
    string RepositoryRoot,
    ImmutableArray<ProjectResult> Projects,
    ImmutableArray<PackageMetrics> Namespaces,
    ImmutableArray<PackageMetrics> ProjectPackages,
    ImmutableArray<ImmutableArray<string>> NamespaceCycles,
    ImmutableArray<ImmutableArray<string>> ProjectCycles,
    ImmutableArray<ScanDiagnostic> Diagnostics,
    ImmutableArray<PhaseTiming> Phases)
{
    /// <summary>Churn and hotspot score of each file over the history window, when history was read (empty otherwise).</summary>
    public ImmutableArray<FileChurn> Churn { get; init; } = [];

    /// <summary>Namespace- and project-scope findings (dependency cycles, distance from the main sequence).</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>Clone groups found across the whole solution, largest first.</summary>
    public ImmutableArray<CloneGroup> Clones { get; init; } = [];

    /// <summary>What the coverage import joined, or null when no coverage was given.</summary>
    public CoverageSummary? Coverage { get; init; }

    /// <summary>Lines that belong to a clone, over every project (a file linked into two projects counts once).</summary>
    public int DuplicatedLines => DistinctFiles().Sum(f => f.DuplicatedLines);

    /// <summary>Duplicated lines / physical lines over every distinct file, 0–1.</summary>
    public double DuplicationDensity => DistinctFiles().Sum(f => f.Lines) is var lines and > 0 ? (double)DuplicatedLines / lines : 0;

    private IEnumerable<FileResult> DistinctFiles() => Projects.SelectMany(p => p.Files).DistinctBy(f => f.Path, StringComparer.Ordinal);
}

/// <summary>How long one phase of a scan took.</summary>
/// <param name="Phase">Phase name: <c>locate</c>, <c>load</c>, <c>compile</c>, <c>analyse</c>, <c>aggregate</c>….</param>
/// <param name="Elapsed">
/// Wall time; for <c>analyse:cpu</c>, the process's CPU time while the analyse phase ran; for
/// <c>analyse:jit</c> and <c>analyse:gc</c>, the time the JIT compiled and the time the GC paused the
/// process during that phase.
/// </param>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed);
