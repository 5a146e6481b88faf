using DebtRadar.Workspace.LoadCache;

namespace DebtRadar.Workspace.Tests;

/// <summary>What the load cache's fingerprint notices, without running MSBuild.</summary>
public sealed class BuildInputsTests
{
    [Fact]
    public void Fingerprint_BodyEditInASourceFile_IsUnchanged()
    {
        using var repo = Sample();
        var before = Fingerprint(repo);
        repo.Write("Lib/Greeter.cs", "namespace Lib; public static class Greeter { public static string Greet() => \"changed\"; }");

        Assert.Equal(before, Fingerprint(repo));
    }

    [Theory]
    [InlineData("Lib/New.cs", "namespace Lib; class New {}")]
    [InlineData("Directory.Build.props", "<Project><PropertyGroup><LangVersion>12</LangVersion></PropertyGroup></Project>")]
    [InlineData("Lib/obj/project.assets.json", "{ \"version\": 4 }")]
    [InlineData("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }")]
    public void Fingerprint_FileThatChangesEvaluation_Changes(string path, string content)
    {
        using var repo = Sample();
        var before = Fingerprint(repo);
        repo.Write(path, content);

        Assert.NotEqual(before, Fingerprint(repo));
    }

    [Fact]
    public void Fingerprint_SameFilesInAnotherFolder_IsEqual()
    {
        using var one = Sample();
        using var other = Sample();

        Assert.Equal(Fingerprint(one), Fingerprint(other));
    }

    [Fact]
    public void Fingerprint_OtherSdk_Changes()
    {
        using var repo = Sample();

        Assert.NotEqual(Fingerprint(repo, "10.0.401"), Fingerprint(repo, "10.0.402"));
    }

    [Theory]
    [InlineData("Tests/New.cs", "class New {}", false)]
    [InlineData("Tests/Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>", false)]
    [InlineData("Tests/obj/project.assets.json", "{ \"version\": 5 }", false)]
    [InlineData("Lib/Sub/New.cs", "namespace Lib; class New {}", true)]
    [InlineData("Lib/obj/project.assets.json", "{ \"version\": 4 }", true)]
    [InlineData("Tests/Directory.Build.props", "<Project />", true)]
    [InlineData("build/common.targets", "<Project />", true)]
    [InlineData("Directory.Packages.props", "<Project />", true)]
    public void Fingerprint_ScopedToTheLoadedProjects_ChangesOnlyWithWhatTheirEvaluationCanRead(string path, string content, bool changes)
    {
        using var repo = Sample();
        repo.Write("Tests/Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Tests/GreeterTests.cs", "class GreeterTests {}");
        var scope = BuildInputs.ScopeOf(repo.Path, repo.Combine("Lib/Lib.csproj"), [repo.Combine("Lib/Lib.csproj")], [repo.Combine("Lib/Greeter.cs"), repo.Combine("Lib/obj/Lib.AssemblyInfo.cs")]);
        var before = Scoped(repo, scope);
        repo.Write(path, content);

        Assert.Equal(["Lib/"], scope);
        Assert.Equal(changes, before != Scoped(repo, scope));
    }

    [Fact]
    public void ScopeOf_ProjectCompilingAFileOutsideItsFolder_IsTheWholeRepository()
    {
        using var repo = Sample();
        repo.Write("Shared/Common.cs", "class Common {}");

        var scope = BuildInputs.ScopeOf(repo.Path, repo.Combine("Lib/Lib.csproj"), [repo.Combine("Lib/Lib.csproj")], [repo.Combine("Lib/Greeter.cs"), repo.Combine("Shared/Common.cs")]);

        Assert.Null(scope);
    }

    [Fact]
    public void ScopeOf_ProjectAtTheRootOrAFileFromOutsideTheRepository_IsWholeOrIgnoresTheOutsideFile()
    {
        using var repo = Sample();
        var outside = Path.Combine(Path.GetTempPath(), "packages", "content", "Shared.cs");

        Assert.Null(BuildInputs.ScopeOf(repo.Path, repo.Combine("Root.csproj"), [repo.Combine("Root.csproj")], [repo.Combine("Lib/Greeter.cs")]));
        Assert.Equal(["Lib/", "Other/"], BuildInputs.ScopeOf(repo.Path, repo.Combine("Lib/Lib.csproj"), [repo.Combine("Other/Other.csproj"), repo.Combine("Lib/Lib.csproj")], [outside]));
    }

    private static string Scoped(TempFolder repo, IReadOnlyCollection<string>? scope) =>
        BuildInputs.Collect(repo.Path, repo.Combine("Lib/Lib.csproj"), [repo.Combine("Lib/Lib.csproj")], "10.0.401", CancellationToken.None).Fingerprint(scope);

    private static TempFolder Sample()
    {
        var repo = new TempFolder();
        repo.Write("Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Lib/Greeter.cs", "namespace Lib; public static class Greeter { public static string Greet() => \"hi\"; }");
        repo.Write("Lib/bin/Debug/Ignored.cs", "class Ignored {}");
        repo.Write(".debtradar/load-cache/x.json", "{}");
        return repo;
    }

    private static string Fingerprint(TempFolder repo, string sdk = "10.0.401") =>
        BuildInputs.Fingerprint(repo.Path, repo.Combine("Lib/Lib.csproj"), [repo.Combine("Lib/Lib.csproj")], sdk, CancellationToken.None);
}
