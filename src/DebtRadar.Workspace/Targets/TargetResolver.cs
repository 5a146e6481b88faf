using System.Collections.Immutable;
using DebtRadar.Workspace.Files;

namespace DebtRadar.Workspace.Targets;

/// <summary>Turns the path a user typed into something to load. Reads the file system only.</summary>
public static class TargetResolver
{
    /// <summary>
    /// Resolves <paramref name="path"/>: a <c>.sln</c>/<c>.slnx</c>/<c>.csproj</c> file is taken
    /// as is; a folder means its one solution, else every <c>*.csproj</c> below it (bin/obj
    /// excluded), else its <c>*.cs</c> files as one loose project.
    /// </summary>
    /// <param name="path">Absolute or relative to the current directory.</param>
    /// <returns>The target, or an error value (never throws for a bad path).</returns>
    public static TargetResolution Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return TargetResolution.Fail(TargetErrorKind.Usage, path, "No path given.");
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (File.Exists(full))
        {
            return ResolveFile(full);
        }

        return Directory.Exists(full)
            ? ResolveFolder(full)
            : TargetResolution.Fail(TargetErrorKind.Usage, full, $"Path not found: {path}");
    }

    private static TargetResolution ResolveFile(string file)
    {
        var extension = Path.GetExtension(file).ToUpperInvariant();
        var folder = Path.GetDirectoryName(file)!;
        return extension switch
        {
            ".SLN" or ".SLNX" => Success(TargetKind.Solution, file, [], folder),
            ".CSPROJ" => Success(TargetKind.Projects, file, [file], folder),
            _ => TargetResolution.Fail(
                TargetErrorKind.Usage,
                file,
                $"Not a solution or C# project: {file} (expected .sln, .slnx, .csproj or a folder)."),
        };
    }

    private static TargetResolution ResolveFolder(string folder)
    {
        var solutions = FindSolutions(folder);
        if (solutions.Length == 1)
        {
            return Success(TargetKind.Solution, solutions[0], [], folder);
        }

        if (solutions.Length > 1)
        {
            var names = string.Join(", ", solutions.Select(Path.GetFileName));
            return TargetResolution.Fail(
                TargetErrorKind.Usage,
                folder,
                $"Several solutions in {folder}: {names}. Name the one to scan.");
        }

        var projects = SourceFileEnumerator.FindProjectFiles(folder);
        if (projects.Length > 0)
        {
            return Success(TargetKind.Projects, folder, projects, folder);
        }

        return SourceFileEnumerator.EnumerateSources(folder, stopAtNestedProjects: false).Any()
            ? Success(TargetKind.LooseFolder, folder, [], folder)
            : TargetResolution.Fail(
                TargetErrorKind.NothingToScan,
                folder,
                $"Nothing to scan in {folder}: no solution, no .csproj and no .cs file.");
    }

    /// <summary>
    /// Solutions directly in <paramref name="folder"/>. A <c>.sln</c> beside a <c>.slnx</c> of the
    /// same name is the same solution mid-migration: the <c>.slnx</c> wins.
    /// </summary>
    private static ImmutableArray<string> FindSolutions(string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".sln", StringComparison.OrdinalIgnoreCase)
                     || f.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        files.RemoveAll(f => f.EndsWith(".sln", StringComparison.OrdinalIgnoreCase)
                          && files.Contains(f + "x", StringComparer.OrdinalIgnoreCase));
        return [.. files];
    }

    private static TargetResolution Success(TargetKind kind, string target, ImmutableArray<string> projects, string folder) =>
        new(kind, target, projects, RepositoryRoot.Find(folder), null);
}
