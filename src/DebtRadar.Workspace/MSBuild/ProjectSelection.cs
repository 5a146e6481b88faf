using System.Collections.Immutable;
using DebtRadar.Workspace.Projects;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>One project file, measured for one framework.</summary>
/// <param name="Info">The chosen framework's project info.</param>
/// <param name="Name">The project name without the framework suffix.</param>
/// <param name="Framework">The chosen framework, or null when unknown.</param>
/// <param name="Frameworks">Every framework the file was loaded for.</param>
/// <param name="Dependencies">File paths of the referenced projects.</param>
/// <param name="DependencyNames">Names of the referenced projects.</param>
internal sealed record SelectedProject(
    ProjectInfo Info,
    string Name,
    string? Framework,
    ImmutableArray<string> Frameworks,
    ImmutableArray<string> Dependencies,
    ImmutableArray<string> DependencyNames)
{
    public string FilePath => Info.FilePath!;
}

/// <summary>
/// MSBuildWorkspace yields one project per framework of a multi-targeted file; measuring each
/// would count its code twice and double time and memory, so one is kept per file.
/// </summary>
internal static class ProjectSelection
{
    // declared: every framework of a project that MSBuild evaluated for one only (FrameworkPlan).
    public static ImmutableDictionary<string, SelectedProject> Select(
        IEnumerable<ProjectInfo> infos, string? requestedFramework, IEqualityComparer<string> pathComparer,
        IReadOnlyDictionary<string, ImmutableArray<string>>? declared = null)
    {
        var groups = infos.Where(i => i.FilePath is not null)
            .GroupBy(i => i.FilePath!, pathComparer)
            .ToList();
        var fileOf = groups.SelectMany(g => g.Select(i => (i.Id, File: g.Key))).ToDictionary(x => x.Id, x => x.File);
        var nameOf = groups.SelectMany(g => g).ToDictionary(i => i.Id, i => StripFramework(i.Name));
        var selected = ImmutableDictionary.CreateBuilder<string, SelectedProject>(pathComparer);
        foreach (var group in groups)
        {
            var byFramework = group
                .Select(i => (Info: i, Framework: TargetFrameworks.FromProjectName(i.Name) ?? TargetFrameworks.FromOutputPath(i.OutputFilePath)))
                .ToList();
            var frameworks = byFramework.Select(x => x.Framework).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var chosen = frameworks.Count == 0 ? null : TargetFrameworks.Choose(frameworks, requestedFramework);
            if (frameworks.Count == 1 && declared?.GetValueOrDefault(group.Key) is { IsDefaultOrEmpty: false } all
                && all.Contains(frameworks[0], StringComparer.OrdinalIgnoreCase))
            {
                frameworks = [.. all];
            }

            var info = byFramework.FirstOrDefault(x => string.Equals(x.Framework, chosen, StringComparison.OrdinalIgnoreCase)).Info
                       ?? byFramework[0].Info;
            var dependencies = info.ProjectReferences
                .Select(r => fileOf.GetValueOrDefault(r.ProjectId))
                .OfType<string>()
                .Distinct(pathComparer);
            var names = info.ProjectReferences.Select(r => nameOf.GetValueOrDefault(r.ProjectId)).OfType<string>().Distinct(StringComparer.Ordinal);
            selected[group.Key] = new SelectedProject(
                info, StripFramework(info.Name), chosen, [.. frameworks], [.. dependencies], [.. names]);
        }

        return selected.ToImmutable();
    }

    private static string StripFramework(string name)
    {
        var framework = TargetFrameworks.FromProjectName(name);
        return framework is null ? name : name[..^(framework.Length + 2)];
    }
}
