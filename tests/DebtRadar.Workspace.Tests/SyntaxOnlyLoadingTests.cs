using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Workspace.Tests;

public sealed class SyntaxOnlyLoadingTests
{
    [Fact]
    public async Task LoadAsync_TwoProjects_YieldsDependencyFirstWithoutCompilation()
    {
        using var fixture = TempFolder.CopyOf("TwoProjects");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Path, Loading.SyntaxOnly);

        Assert.Equal(["Lib", "App"], projects.Select(p => p.Name).ToArray());
        Assert.All(projects, p => Assert.Equal(AnalysisMode.SyntaxOnly, p.Mode));
        Assert.All(projects, p => Assert.Null(p.Compilation));
        Assert.Equal(["Lib"], projects[1].ProjectReferences.ToArray());
        Assert.Equal("App/App.csproj", projects[1].ProjectPath);
    }

    [Fact]
    public async Task LoadAsync_GeneratedFiles_AreLeftOut()
    {
        using var fixture = TempFolder.CopyOf("TwoProjects");
        fixture.Write("Lib/obj/Debug/net10.0/Lib.AssemblyInfo.cs", "class Stale {}");
        fixture.Write("Lib/bin/Debug/Copied.cs", "class Copied {}");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Combine("Lib/Lib.csproj"), Loading.SyntaxOnly);

        // Names.g.cs, Stamp.cs (auto-generated header), Forms/Main.Designer.cs, obj/ and bin/ are out;
        // with no .git above, paths are relative to the target's folder.
        Assert.Equal(["Greeter.cs"], Loading.Paths(projects.Single()));
    }

    [Fact]
    public async Task LoadAsync_ProjectSettings_ReachTheParser()
    {
        using var fixture = TempFolder.CopyOf("TwoProjects");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Combine("App/App.csproj"), Loading.SyntaxOnly);

        var tree = projects.Single().Documents.Single().Tree;
        Assert.Equal(LanguageVersion.CSharp12, ((CSharpParseOptions)tree.Options).LanguageVersion);
        // FIXTURE_APP is defined, so the active branch returns greeter.Greet().Length.
        var returned = tree.GetRoot().DescendantNodes().OfType<ReturnStatementSyntax>().Single();
        Assert.Contains("Greet()", returned.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BrokenProjectXml_IsADiagnosticAndItsFilesAreStillParsed()
    {
        using var fixture = TempFolder.CopyOf("BrokenXml");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Path, Loading.SyntaxOnly);

        var broken = projects.Single(p => p.Name == "Broken");
        Assert.Equal(["Broken/Survivor.cs"], Loading.Paths(broken));
        Assert.Contains(broken.Diagnostics, d => d.Code == LoadDiagnosticCodes.ProjectXml && d.Path == "Broken/Broken.csproj");
    }

    [Fact]
    public async Task LoadAsync_ProjectWithInitialTargets_RunsNoMSBuild()
    {
        using var fixture = TempFolder.CopyOf("TwoProjects");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Path, Loading.SyntaxOnly);

        Assert.Equal(2, projects.Count);
        Assert.False(File.Exists(fixture.Combine("Lib/marker.txt")));
        Assert.False(Directory.Exists(fixture.Combine("Lib/obj")));
    }

    [Fact]
    public async Task LoadAsync_NestedProject_OwnsItsFolder()
    {
        using var folder = new TempFolder();
        folder.Write("Outer.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        folder.Write("Top.cs", "class Top {}");
        folder.Write("inner/Inner.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        folder.Write("inner/Deep.cs", "class Deep {}");

        var (projects, _) = await Loading.LoadAllAsync(folder.Path, Loading.SyntaxOnly);

        Assert.Equal(["inner/Deep.cs"], Loading.Paths(projects.Single(p => p.Name == "Inner")));
        Assert.Equal(["Top.cs"], Loading.Paths(projects.Single(p => p.Name == "Outer")));
    }

    [Fact]
    public async Task LoadAsync_LooseFolder_IsOneProjectNamedAfterTheFolder()
    {
        using var folder = new TempFolder();
        folder.Write("scripts/b/Two.cs", "class Two {}");
        folder.Write("scripts/One.cs", "class One {}");
        var (projects, diagnostics) = await Loading.LoadAllAsync(folder.Combine("scripts"), Loading.SyntaxOnly);

        var project = projects.Single();
        Assert.Equal("scripts", project.Name);
        Assert.Equal(string.Empty, project.ProjectPath);
        Assert.Equal(["One.cs", "b/Two.cs"], Loading.Paths(project));
        Assert.Contains(diagnostics, d => d.Code == LoadDiagnosticCodes.LooseFolder);
    }

    [Fact]
    public async Task LoadAsync_ProjectReferenceCycle_Terminates()
    {
        using var folder = new TempFolder();
        folder.Write("A/A.csproj", "<Project><ItemGroup><ProjectReference Include=\"../B/B.csproj\" /></ItemGroup></Project>");
        folder.Write("B/B.csproj", "<Project><ItemGroup><ProjectReference Include=\"../A/A.csproj\" /></ItemGroup></Project>");

        var (projects, diagnostics) = await Loading.LoadAllAsync(folder.Path, Loading.SyntaxOnly);

        Assert.Equal(["B", "A"], projects.Select(p => p.Name).ToArray());
        Assert.Contains(diagnostics, d => d.Code == LoadDiagnosticCodes.ReferenceCycle);
    }
}
