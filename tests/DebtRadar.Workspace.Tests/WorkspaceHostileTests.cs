namespace DebtRadar.Workspace.Tests;

/// <summary>Repositories that fight back, loaded syntax-only: each problem is one diagnostic and the rest is scanned.</summary>
public sealed class WorkspaceHostileTests
{
    private static string Project(string items) =>
        $"""<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>{items}</Project>""";

    [Fact]
    public async Task LoadAsync_CircularProjectReferences_BothProjectsScannedWithACycleDiagnostic()
    {
        using var repo = new TempFolder();
        repo.Write("A/A.csproj", Project("""<ItemGroup><ProjectReference Include="../B/B.csproj" /></ItemGroup>"""));
        repo.Write("B/B.csproj", Project("""<ItemGroup><ProjectReference Include="../A/A.csproj" /></ItemGroup>"""));
        repo.Write("A/A1.cs", "class A1 { }");
        repo.Write("B/B1.cs", "class B1 { }");

        var (projects, diagnostics) = await Loading.LoadAllAsync(repo.Path, Loading.SyntaxOnly);

        Assert.Equal(["A", "B"], projects.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(diagnostics.Concat(projects.SelectMany(p => p.Diagnostics)), d => d.Code == LoadDiagnosticCodes.ReferenceCycle);
    }

    [Fact]
    public async Task LoadAsync_SymlinkLoopAndDanglingLink_EndsWithEachRealFileOnceAndTheBrokenOneReported()
    {
        using var repo = new TempFolder();
        repo.Write("src/Real.cs", "class Real { }");
        Directory.CreateSymbolicLink(repo.Combine("src/loop"), repo.Path);
        File.CreateSymbolicLink(repo.Combine("src/Gone.cs"), repo.Combine("nowhere/Gone.cs"));

        var (projects, _) = await Loading.LoadAllAsync(repo.Path, Loading.SyntaxOnly);

        var project = Assert.Single(projects);
        Assert.Equal(["src/Real.cs"], Loading.Paths(project));
        Assert.Contains(project.Diagnostics, d => d.Code == LoadDiagnosticCodes.FileUnreadable && d.Path == "src/Gone.cs");
    }

    [Fact]
    public async Task LoadAsync_GlobalJsonPinsAMissingSdk_SyntaxOnlyNeedsNoSdk()
    {
        using var repo = new TempFolder();
        repo.Write("global.json", """{ "sdk": { "version": "1.0.999", "rollForward": "disable" } }""");
        repo.Write("App/App.csproj", Project(string.Empty));
        repo.Write("App/Program.cs", "class Program { static void Main() { } }");

        var (projects, _) = await Loading.LoadAllAsync(repo.Path, Loading.SyntaxOnly);

        Assert.Equal(["App/Program.cs"], Loading.Paths(Assert.Single(projects)));
    }

    [Theory]
    [InlineData("garbage.sln")]
    [InlineData("garbage.slnx")]
    public async Task LoadAsync_SolutionOfRandomBytes_NoProjectAndADiagnosticNamingIt(string name)
    {
        using var repo = new TempFolder();
        repo.Write("src/Real.cs", "class Real { }");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(repo.Combine(name), bytes);

        var (projects, diagnostics) = await Loading.LoadAllAsync(repo.Combine(name), Loading.SyntaxOnly);

        Assert.Empty(projects);
        var diagnostic = Assert.Single(diagnostics, d => d.Code is LoadDiagnosticCodes.SolutionEmpty or LoadDiagnosticCodes.SolutionUnreadable);
        Assert.Equal(name, diagnostic.Path);
    }
}
