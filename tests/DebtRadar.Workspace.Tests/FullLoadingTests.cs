using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Workspace.Tests;

/// <summary>Real MSBuild loads of tiny fixtures: each costs seconds, so they are few.</summary>
public sealed class FullLoadingTests
{
    [Fact]
    public async Task LoadAsync_TwoProjects_YieldsDependencyFirstWithResolvedReferences()
    {
        using var fixture = TempFolder.CopyOf("TwoProjects");
        fixture.Write("Lib/obj/Stale.cs", "namespace Fixture.Lib; internal static class Stale {}");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Path, Loading.Full());

        Assert.Equal(["Lib", "App"], projects.Select(p => p.Name).ToArray());
        Assert.All(projects, p => Assert.Equal(AnalysisMode.Full, p.Mode));
        Assert.All(projects, p => Assert.Equal("net10.0", p.Framework));
        var app = projects[1];
        Assert.Equal(["Lib"], app.ProjectReferences.ToArray());
        var tree = app.Documents.Single().Tree;
        var model = app.Compilation!.GetSemanticModel(tree);
        var greet = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single();
        Assert.Equal("Fixture.Lib.Greeter.Greet()", model.GetSymbolInfo(greet).Symbol?.ToDisplayString());
        Assert.DoesNotContain(app.Compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        // Generated files (by name or header) are compiled but not measured.
        var lib = projects[0];
        Assert.Equal(["Lib/Greeter.cs"], Loading.Paths(lib));
        var compiled = lib.Compilation!.SyntaxTrees.Select(t => Path.GetFileName(t.FilePath)).ToHashSet();
        Assert.Superset(new HashSet<string> { "Greeter.cs", "Names.g.cs", "Stamp.cs", "Main.Designer.cs" }, compiled);

        // Control for SyntaxOnlyLoadingTests.LoadAsync_ProjectWithInitialTargets_RunsNoMSBuild:
        // the fixture's target really runs whenever MSBuild evaluates the project.
        Assert.True(File.Exists(fixture.Combine("Lib/marker.txt")));
    }

    [Fact]
    public async Task LoadAsync_UnrestoredProjectWithUnresolvedTypes_IsDegradedAndSaysToRestore()
    {
        using var fixture = new TempFolder();
        fixture.Write("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="Missing.Package" Version="1.0.0" /></ItemGroup>
            </Project>
            """);
        fixture.Write("Lib/A.cs", "using Missing.Package; namespace Lib; public class A : MissingBase { public MissingType M(MissingArg a) => null!; }");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Combine("Lib/Lib.csproj"), Loading.Full());

        var lib = Assert.Single(projects);
        Assert.Equal(AnalysisMode.Degraded, lib.Mode);
        var warning = Assert.Single(lib.Diagnostics, d => d.Code == "load.unresolved-types");
        Assert.Contains("run `dotnet restore` first", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BrokenProjectXml_FallsBackToSyntaxOnlyForThatProject()
    {
        using var fixture = TempFolder.CopyOf("BrokenXml");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Path, Loading.Full());

        var good = projects.Single(p => p.Name == "Good");
        var broken = projects.Single(p => p.Name == "Broken");
        Assert.Equal(AnalysisMode.Full, good.Mode);
        Assert.Equal(AnalysisMode.SyntaxOnly, broken.Mode);
        Assert.Null(broken.Compilation);
        Assert.Equal(["Broken/Survivor.cs"], Loading.Paths(broken));
        Assert.Contains(broken.Diagnostics, d => d.Code == LoadDiagnosticCodes.ProjectFailed && d.Severity == DebtRadar.Core.Model.DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData(null, "net10.0", "net10")]
    [InlineData("net8.0", "net8.0", "older")]
    public async Task LoadAsync_MultiTargeted_MeasuresOneFramework(string? requested, string expected, string runtime)
    {
        using var fixture = TempFolder.CopyOf("MultiTarget");

        var (projects, diagnostics) = await Loading.LoadAllAsync(fixture.Path, Loading.Full(requested));

        var project = projects.Single();
        Assert.Equal("MultiTarget", project.Name);
        Assert.Equal(expected, project.Framework);
        var note = Assert.Single(project.Diagnostics, d => d.Code == LoadDiagnosticCodes.Framework);
        Assert.Equal($"MultiTarget targets net8.0, net10.0; {expected} was measured.", note.Message);
        // Only the measured framework was evaluated (docs/decisions/0042).
        Assert.EndsWith(" for 1 project configurations.", Assert.Single(diagnostics, d => d.Code == LoadDiagnosticCodes.Timing).Message, StringComparison.Ordinal);
        // The #if branch the chosen framework compiles is the one in the tree.
        var property = project.Documents.Single().Tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>().Single();
        Assert.Contains(runtime, property.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_GlobalJsonPinsAMissingSdk_FallsBackToSyntaxOnlyWithoutCrashing()
    {
        using var fixture = TempFolder.CopyOf("TwoProjects");
        fixture.Write("global.json", """{ "sdk": { "version": "9.0.999", "rollForward": "disable" } }""");

        var (projects, _) = await Loading.LoadAllAsync(fixture.Path, Loading.Full());

        Assert.Equal(["Lib", "App"], projects.Select(p => p.Name).ToArray());
        Assert.All(projects, p => Assert.Equal(AnalysisMode.SyntaxOnly, p.Mode));
        Assert.All(projects, p => Assert.Contains(p.Diagnostics, d => d.Code == LoadDiagnosticCodes.ProjectFailed));
    }

    [Theory]
    [InlineData("Empty.sln", "Microsoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\nGlobal\nEndGlobal\n")]
    [InlineData("Empty.slnx", "<Solution>\n</Solution>\n")]
    public async Task LoadAsync_SolutionWithoutProjects_StartsNoMSBuildEvaluation(string name, string content)
    {
        using var repo = new TempFolder();
        repo.Write(name, content);
        repo.Write("Loose/Stray.cs", "class Stray { }");

        var (projects, diagnostics) = await Loading.LoadAllAsync(repo.Combine(name), Loading.Full());

        Assert.Empty(projects);
        Assert.Contains(diagnostics, d => d.Code == LoadDiagnosticCodes.SolutionEmpty);
        // An evaluation, even of nothing, reports its time and goes through the load cache; neither happened.
        Assert.DoesNotContain(diagnostics, d => d.Code is LoadDiagnosticCodes.Timing or LoadDiagnosticCodes.Cache);
    }

    [Fact]
    public async Task LoadAsync_MultiTargetedLibraryReferencedByANetStandardProject_EveryLibraryFrameworkEvaluated()
    {
        using var repo = new TempFolder();
        repo.Write("Lib/Lib.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks></PropertyGroup></Project>""");
        repo.Write("Lib/Greeter.cs", "namespace Lib; public static class Greeter { public static string Greet() => \"hi\"; }");
        repo.Write("App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks></PropertyGroup><ItemGroup><ProjectReference Include="../Lib/Lib.csproj" /></ItemGroup></Project>""");
        repo.Write("App/Use.cs", "namespace App; public static class Use { public static string Run() => Lib.Greeter.Greet(); }");

        var (projects, diagnostics) = await Loading.LoadAllAsync(repo.Path, Loading.Full("netstandard2.0"));

        Assert.Equal(["Lib", "App"], projects.Select(p => p.Name).ToArray());
        Assert.All(projects, p => Assert.Equal("netstandard2.0", p.Framework));
        Assert.All(projects, p => Assert.Contains(p.Diagnostics, d => d.Code == LoadDiagnosticCodes.Framework && d.Message.Contains("netstandard2.0, net10.0", StringComparison.Ordinal)));
        // Lib is referenced, so both of its frameworks are evaluated; App is not, so only its measured one: 3.
        Assert.EndsWith(" for 3 project configurations.", Assert.Single(diagnostics, d => d.Code == LoadDiagnosticCodes.Timing).Message, StringComparison.Ordinal);
    }
}
