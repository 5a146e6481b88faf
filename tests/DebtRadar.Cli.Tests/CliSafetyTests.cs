using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

/// <summary>Untrusted repositories through the real command line: no MSBuild in syntax-only mode, no raw control text.</summary>
public sealed class CliSafetyTests
{
    private const string MarkerProject = """
        <Project Sdk="Microsoft.NET.Sdk" InitialTargets="WriteMarker">
          <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
          <Target Name="WriteMarker">
            <WriteLinesToFile File="$(MSBuildProjectDirectory)/marker.txt" Lines="MSBuild ran a target of this repository" Overwrite="true" />
          </Target>
        </Project>
        """;

    [Fact]
    public async Task Scan_SyntaxOnlyOnProjectWhoseTargetWritesAFile_RunsNoMSBuild()
    {
        using var repo = new TempFolder();
        repo.Write("Evil/Evil.csproj", MarkerProject);
        repo.Write("Evil/Directory.Build.props", MarkerProject.Replace("Sdk=\"Microsoft.NET.Sdk\" ", string.Empty, StringComparison.Ordinal).Replace("WriteMarker", "WriteMarker2", StringComparison.Ordinal));
        repo.Write("Evil/Orders.cs", Samples.Orders);

        var (code, output, error) = await CliRunner.RunAsync("scan", Path.Combine(repo.Path, "Evil", "Evil.csproj"), "--syntax-only", "--no-db", "--no-history");

        Assert.True(code == 0, error);
        Assert.Contains("Orders.Route(int, int)", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(repo.Path, "Evil", "marker.txt")), "a target of the scanned project ran");
        Assert.False(Directory.Exists(Path.Combine(repo.Path, "Evil", "obj")), "MSBuild restored or built the scanned project");
    }

    [Fact]
    public async Task Scan_FileNamesWithEscapesAndBidiOverrides_ShownEscapedOnTheConsole()
    {
        using var repo = new TempFolder();
        const string Name = "Clear\u001b[2J\u202Egnp.\u0007Orders.cs";
        repo.Write(Name, Samples.Orders);
        repo.Write("Plain.cs", "class Plain { int M(int a) { if (a > 0) { return 1; } return 0; } }");

        var (code, output, error) = await CliRunner.RunAsync("scan", repo.Path, "--syntax-only", "--no-db", "--no-history", "--verbose");

        Assert.True(code == 0, error);
        var all = output + error;
        Assert.DoesNotContain('\u001b', all);
        Assert.DoesNotContain('\u202E', all);
        Assert.DoesNotContain('\u0007', all);
        Assert.Contains("Clear\\u001b[2J\\u202egnp.\\u0007Orders.cs", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_CsvOfFileNamedLikeAFormula_CellIsEscapedAsText()
    {
        using var repo = new TempFolder();
        repo.Write("=HYPERLINK(1).cs", Samples.Orders);
        var csv = Path.Combine(repo.Path, "out", "files.csv");

        var (code, _, error) = await CliRunner.RunAsync("scan", repo.Path, "--syntax-only", "--no-db", "--no-history", "--out", csv, "--level", "file");

        Assert.True(code == 0, error);
        var text = await File.ReadAllTextAsync(csv);
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK(1).cs", text, StringComparison.Ordinal);
        Assert.Equal(["files.csv"], Directory.GetFiles(Path.Combine(repo.Path, "out")).Select(Path.GetFileName));
    }
}
