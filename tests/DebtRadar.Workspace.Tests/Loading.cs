using DebtRadar.Core.Model;
using DebtRadar.Core.Scanning;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Workspace.Tests;

internal static class Loading
{
    public static LoadOptions SyntaxOnly { get; } = new(true, null, TimeSpan.FromMinutes(5));

    public static LoadOptions Full(string? framework = null) => new(false, framework, TimeSpan.FromMinutes(5));

    public static async Task<(List<ProjectInput> Projects, List<ScanDiagnostic> Diagnostics)> LoadAllAsync(string path, LoadOptions options)
    {
        var target = TargetResolver.Resolve(path);
        Assert.True(target.Succeeded, target.Error?.Message);
        var diagnostics = new List<ScanDiagnostic>();
        var projects = new List<ProjectInput>();
        await foreach (var project in ProjectSources.Create(target, options).LoadAsync(diagnostics, CancellationToken.None))
        {
            projects.Add(project);
        }

        return (projects, diagnostics);
    }

    public static string[] Paths(ProjectInput project) => [.. project.Documents.Select(d => d.RelativePath)];
}
