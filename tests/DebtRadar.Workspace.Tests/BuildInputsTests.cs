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
