using System.Collections.Immutable;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Core.Scanning;

/// <summary>One source file handed to the scan engine.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="RelativePath">Repository-relative path with <c>/</c> separators.</param>
/// <param name="Tree">The parsed file; in full mode, the tree the compilation holds.</param>
public sealed record DocumentInput(string FullPath, string RelativePath, SyntaxTree Tree);

/// <summary>
/// One project ready to measure. A loader yields these in dependency order; the engine drops
/// each one (and so its compilation) as soon as the project is measured.
/// </summary>
/// <param name="Name">Project name.</param>
/// <param name="ProjectPath">Repository-relative project file path; empty for a loose folder.</param>
/// <param name="Framework">The target framework measured, or null.</param>
/// <param name="Mode">Full, degraded (unresolved references) or syntax-only.</param>
/// <param name="Compilation">The compilation, or null in syntax-only mode.</param>
/// <param name="Documents">The files to measure (generated code already left out).</param>
/// <param name="ProjectReferences">Names of referenced projects.</param>
/// <param name="Diagnostics">Problems met loading this project.</param>
public sealed record ProjectInput(
    string Name,
    string ProjectPath,
    string? Framework,
    AnalysisMode Mode,
    Compilation? Compilation,
    ImmutableArray<DocumentInput> Documents,
    ImmutableArray<string> ProjectReferences,
    ImmutableArray<ScanDiagnostic> Diagnostics)
{
    /// <summary>
    /// The <see cref="DeclarationSurface"/> of the compilation's files named relative to the repository
    /// root, when the loader indexed it already (for its own cache keys): the engine keys dependents
    /// and each file's result from it instead of indexing the files again.
    /// </summary>
    public ProjectSurface? Surface { get; init; }
}

/// <summary>Where projects come from: MSBuild, a folder of files, or a test's in-memory sources.</summary>
public interface IProjectSource
{
    /// <summary>Absolute path that every relative path is relative to (the git root, else the target's folder).</summary>
    string RepositoryRoot { get; }

    /// <summary>Yields each project in dependency order, loading it lazily.</summary>
    /// <param name="diagnostics">Receives problems that concern the target as a whole.</param>
    /// <param name="cancellationToken">Stops loading.</param>
    IAsyncEnumerable<ProjectInput> LoadAsync(ICollection<ScanDiagnostic> diagnostics, CancellationToken cancellationToken);
}
