using DebtRadar.Workspace.Projects;
using DebtRadar.Workspace.SyntaxOnly;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Workspace.Tests;

public sealed class ProjectFileReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_SdkProject_FindsLiteralSettingsAndReferences()
    {
        var path = _temp.Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <LangVersion>11</LangVersion>
                <DefineConstants>$(DefineConstants);ALPHA;BETA</DefineConstants>
              </PropertyGroup>
              <PropertyGroup Condition="'$(Configuration)' == 'Release'">
                <DefineConstants>RELEASE_ONLY</DefineConstants>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="..\Lib\Lib.csproj" />
              </ItemGroup>
            </Project>
            """);

        var project = ProjectFileReader.Read(path);

        Assert.Null(project.Error);
        Assert.Equal("App", project.Name);
        Assert.Equal("11", project.LangVersion);
        Assert.Equal(["ALPHA", "BETA"], project.DefineConstants.ToArray());
        Assert.Equal(["net8.0", "net10.0"], project.TargetFrameworks.ToArray());
        Assert.Equal([_temp.Combine("Lib/Lib.csproj")], project.ProjectReferences.ToArray());
    }

    [Fact]
    public void Read_MalformedXml_ReturnsTheErrorAndStillTheFolder()
    {
        var path = _temp.Write("Bad/Bad.csproj", "<Project><PropertyGroup></Project");

        var project = ProjectFileReader.Read(path);

        Assert.NotNull(project.Error);
        Assert.Equal(_temp.Combine("Bad"), project.Folder);
        Assert.Equal("Bad", project.Name);
    }

    [Fact]
    public void ParseOptions_UsesLangVersionAndSymbols()
    {
        var path = _temp.Write("Old/Old.csproj", "<Project><PropertyGroup><LangVersion>7.3</LangVersion><DefineConstants>LEGACY</DefineConstants></PropertyGroup></Project>");

        var options = SyntaxOnlyLoader.ParseOptions(ProjectFileReader.Read(path));

        Assert.Equal(LanguageVersion.CSharp7_3, options.LanguageVersion);
        Assert.Equal(["LEGACY"], options.PreprocessorSymbolNames);
    }

    [Fact]
    public void ParseOptions_WithoutSettings_IsLatestWithNoSymbols()
    {
        var path = _temp.Write("New/New.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");

        var options = SyntaxOnlyLoader.ParseOptions(ProjectFileReader.Read(path));

        Assert.Equal(LanguageVersion.Latest.MapSpecifiedToEffectiveVersion(), options.LanguageVersion);
        Assert.Empty(options.PreprocessorSymbolNames);
    }
}
