using System.Collections.Immutable;

namespace DebtRadar.SyntheticCorpus;

/// <summary>A generated solution: projects in dependency order (each references only earlier ones).</summary>
/// <param name="Name">Solution name.</param>
/// <param name="Projects">The projects, dependencies first.</param>
public sealed record SyntheticSolution(string Name, ImmutableArray<SyntheticProject> Projects)
{
    /// <summary>Lines in every source file.</summary>
    public int TotalLines => Projects.Sum(p => p.TotalLines);

    /// <summary>Source files in every project.</summary>
    public int TotalFiles => Projects.Sum(p => p.Files.Length);
}

/// <summary>A generated class-library project.</summary>
/// <param name="Name">Project and assembly name, also its root namespace.</param>
/// <param name="References">Names of the projects it references.</param>
/// <param name="Files">Its source files.</param>
public sealed record SyntheticProject(string Name, ImmutableArray<string> References, ImmutableArray<SyntheticFile> Files)
{
    /// <summary>Lines in its source files.</summary>
    public int TotalLines => Files.Sum(f => f.Lines);
}

/// <summary>One generated source file.</summary>
/// <param name="RelativePath">Path inside the project folder, <c>/</c>-separated.</param>
/// <param name="Text">C# source with <c>\n</c> line ends.</param>
/// <param name="Lines">Number of lines.</param>
public sealed record SyntheticFile(string RelativePath, string Text, int Lines);
