using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.Targets;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.Projects;

/// <summary>The project files a target names, found without MSBuild.</summary>
internal static class ProjectList
{
    public static ImmutableArray<string> Read(TargetResolution target, ICollection<ScanDiagnostic> diagnostics)
    {
        if (target.Kind != TargetKind.Solution)
        {
            return target.ProjectFiles;
        }

        var relative = PathText.Relative(target.RepositoryRoot, target.TargetPath);
        var (projects, error) = SolutionFileReader.ReadProjects(target.TargetPath);
        if (error is not null)
        {
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Error, LoadDiagnosticCodes.SolutionUnreadable, $"Cannot read solution {relative}: {error}", relative));
            return [];
        }

        if (projects.IsEmpty)
        {
            // A binary or truncated file parses as a solution with nothing in it: say so, or the
            // user only learns that there was "nothing to scan".
            diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.SolutionEmpty, $"Solution {relative} lists no C# project (.csproj): it is empty or not a solution file.", relative));
            return [];
        }

        var existing = ImmutableArray.CreateBuilder<string>();
        foreach (var project in projects)
        {
            if (File.Exists(project))
            {
                existing.Add(project);
            }
            else
            {
                var path = PathText.Relative(target.RepositoryRoot, project);
                diagnostics.Add(new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.ProjectMissing, $"The solution lists {path}, which does not exist.", path));
            }
        }

        return existing.ToImmutable();
    }

    /// <summary>Reads every project file and orders them by their ProjectReference items.</summary>
    public static ImmutableArray<ProjectFile> ReadOrdered(
        ImmutableArray<string> projectPaths, string repositoryRoot, ICollection<ScanDiagnostic> diagnostics)
    {
        var files = projectPaths.Select(ProjectFileReader.Read).ToDictionary(p => p.FullPath, PathText.Comparer);
        var (order, cycles) = DependencyOrder.Sort(
            projectPaths, p => files[p].ProjectReferences, PathText.Comparer);
        foreach (var (from, to) in cycles)
        {
            diagnostics.Add(new ScanDiagnostic(
                DiagnosticSeverity.Warning,
                LoadDiagnosticCodes.ReferenceCycle,
                $"Project references form a cycle: {Path.GetFileName(from)} -> {Path.GetFileName(to)} was ignored for ordering.",
                PathText.Relative(repositoryRoot, from)));
        }

        return [.. order.Select(p => files[p])];
    }

    public static ScanDiagnostic? XmlProblem(ProjectFile project, string repositoryRoot)
    {
        if (project.Error is null)
        {
            return null;
        }

        var path = PathText.Relative(repositoryRoot, project.FullPath);
        return new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.ProjectXml, $"Project file {path} is not well-formed XML ({project.Error}); its folder's files were parsed without it.", path);
    }
}
