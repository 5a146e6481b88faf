using System.Collections.Immutable;

namespace DebtRadar.Workspace.Projects;

/// <summary>What a project file says about itself when read as plain XML (no evaluation).</summary>
/// <param name="FullPath">Absolute project file path.</param>
/// <param name="Name">File name without extension, as MSBuild names the project.</param>
/// <param name="Folder">The project's folder.</param>
/// <param name="ProjectReferences">Absolute paths of <c>ProjectReference</c> items.</param>
/// <param name="LangVersion">An unconditional literal <c>LangVersion</c>, or null.</param>
/// <param name="DefineConstants">Literal symbols of unconditional <c>DefineConstants</c>.</param>
/// <param name="TargetFrameworks">Literal frameworks of <c>TargetFramework(s)</c>, or empty.</param>
/// <param name="Error">Why the XML could not be read, or null.</param>
internal sealed record ProjectFile(
    string FullPath,
    string Name,
    string Folder,
    ImmutableArray<string> ProjectReferences,
    string? LangVersion,
    ImmutableArray<string> DefineConstants,
    ImmutableArray<string> TargetFrameworks,
    string? Error);
