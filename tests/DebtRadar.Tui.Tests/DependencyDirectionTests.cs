using System.Xml.Linq;

namespace DebtRadar.Tui.Tests;

/// <summary>ARCHITECTURE.md: Cli ──► Tui ──► Storage, Reports ──► Core; the dashboard never reaches the scanner, git or the CLI.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly string[] Forbidden = ["DebtRadar.Workspace", "DebtRadar.History", "DebtRadar.Cli", "debtradar"];

    [Fact]
    public void Assembly_References_NoWorkspaceHistoryOrCli()
    {
        var references = typeof(Dashboard).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("DebtRadar.Storage", references);
        Assert.DoesNotContain(references, r => Forbidden.Contains(r, StringComparer.Ordinal));
    }

    [Fact]
    public void ProjectFile_References_OnlyCoreStorageAndReports()
    {
        var project = Path.Combine(RepositoryRoot.Find(), "src", "DebtRadar.Tui", "DebtRadar.Tui.csproj");

        var references = XDocument.Load(project).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["DebtRadar.Core", "DebtRadar.Reports", "DebtRadar.Storage"], references);
    }
}

internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DebtRadar.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("DebtRadar.sln not found above " + AppContext.BaseDirectory);
    }
}
