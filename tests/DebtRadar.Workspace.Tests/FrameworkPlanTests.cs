using DebtRadar.Workspace.MSBuild;

namespace DebtRadar.Workspace.Tests;

public sealed class FrameworkPlanTests
{
    private static string Project(string properties, string items = "") =>
        $"""<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>{properties}</PropertyGroup>{items}</Project>""";

    [Fact]
    public void Create_UnreferencedMultiTargetedProject_TrimmedToTheChosenFramework()
    {
        using var repo = new TempFolder();
        repo.Write("App/App.csproj", Project("<TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>"));

        var plan = FrameworkPlan.Create([repo.Combine("App/App.csproj")], repo.Path, requestedFramework: null);

        Assert.Equal(["netstandard2.0", "net8.0"], plan.Declared[repo.Combine("App/App.csproj")].ToArray());
        Assert.Equal($"|{repo.Combine("App/App.csproj")}=netstandard2.0;net8.0=net8.0|", plan.Property);
        Assert.Equal("|App/App.csproj=netstandard2.0;net8.0=net8.0|", plan.Key);
    }

    [Fact]
    public void Create_RequestedFramework_IsTheOneKept()
    {
        using var repo = new TempFolder();
        repo.Write("App/App.csproj", Project("<TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>"));

        var plan = FrameworkPlan.Create([repo.Combine("App/App.csproj")], repo.Path, "netstandard2.0");

        Assert.EndsWith("=netstandard2.0;net8.0=netstandard2.0|", plan.Property, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ReferencedProject_KeepsEveryFramework()
    {
        using var repo = new TempFolder();
        repo.Write("Lib/Lib.csproj", Project("<TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>"));
        repo.Write("App/App.csproj", Project("<TargetFrameworks>net8.0;net10.0</TargetFrameworks>", """<ItemGroup><ProjectReference Include="..\Lib\Lib.csproj" /></ItemGroup>"""));

        var plan = FrameworkPlan.Create([repo.Combine("Lib/Lib.csproj"), repo.Combine("App/App.csproj")], repo.Path, null);

        Assert.Equal([repo.Combine("App/App.csproj")], plan.Declared.Keys);
    }

    [Theory]
    [InlineData("<TargetFrameworks Condition=\"'$(X)' == ''\">net8.0;net10.0</TargetFrameworks>", "")]
    [InlineData("<TargetFrameworks>$(Frameworks);net10.0</TargetFrameworks>", "")]
    [InlineData("<TargetFrameworks>net8.0;net10.0</TargetFrameworks><TargetFramework>net8.0</TargetFramework>", "")]
    [InlineData("<TargetFrameworks>net10.0</TargetFrameworks>", "")]
    [InlineData("<TargetFrameworks>net8.0;net10.0</TargetFrameworks>", """<ItemGroup><ProjectReference Include="$(Root)/Other.csproj" /></ItemGroup>""")]
    public void Create_AnythingNotLiteral_TrimsNothing(string properties, string items)
    {
        using var repo = new TempFolder();
        repo.Write("App/App.csproj", Project(properties, items));

        var plan = FrameworkPlan.Create([repo.Combine("App/App.csproj")], repo.Path, null);

        Assert.Empty(plan.Declared);
        Assert.Empty(plan.GlobalProperties(AppContext.BaseDirectory));
    }

    [Fact]
    public void Create_DirectoryBuildTargetsAddingReferences_TrimsNothing()
    {
        using var repo = new TempFolder();
        repo.Write("App/App.csproj", Project("<TargetFrameworks>net8.0;net10.0</TargetFrameworks>"));
        repo.Write("Directory.Build.targets", """<Project><ItemGroup><ProjectReference Include="App/App.csproj" /></ItemGroup></Project>""");

        var plan = FrameworkPlan.Create([repo.Combine("App/App.csproj")], repo.Path, null);

        Assert.Empty(plan.Declared);
    }

    [Fact]
    public void GlobalProperties_TargetsFileShippedBesideTheAssembly_PointsMSBuildAtIt()
    {
        using var repo = new TempFolder();
        repo.Write("App/App.csproj", Project("<TargetFrameworks>net8.0;net10.0</TargetFrameworks>"));
        var plan = FrameworkPlan.Create([repo.Combine("App/App.csproj")], repo.Path, null);

        var properties = plan.GlobalProperties(Path.GetDirectoryName(typeof(FrameworkPlan).Assembly.Location));

        Assert.True(File.Exists(properties["CustomBeforeMicrosoftCommonCrossTargetingTargets"]));
        Assert.Equal(plan.Property, properties["DebtRadarFrameworkPlan"]);
    }
}
