using DebtRadar.Workspace.Projects;

namespace DebtRadar.Workspace.Tests;

public sealed class SolutionFileReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReadProjects_Sln_ListsCSharpProjectsOnly()
    {
        var sln = _temp.Write("All.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "App", "src\App\App.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "docs", "docs", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            Project("{F2A71F9B-5D33-465A-A702-920D77279786}") = "Fs", "src\Fs\Fs.fsproj", "{33333333-3333-3333-3333-333333333333}"
            EndProject
            """);

        var (projects, error) = SolutionFileReader.ReadProjects(sln);

        Assert.Null(error);
        Assert.Equal([_temp.Combine("src/App/App.csproj")], projects.ToArray());
    }

    [Fact]
    public void ReadProjects_Slnx_ListsProjectsInsideFolders()
    {
        var slnx = _temp.Write("All.slnx", """
            <Solution>
              <Folder Name="/tests/">
                <Project Path="tests/T/T.csproj" />
              </Folder>
              <Project Path="src/A/A.csproj" />
            </Solution>
            """);

        var (projects, _) = SolutionFileReader.ReadProjects(slnx);

        Assert.Equal([_temp.Combine("tests/T/T.csproj"), _temp.Combine("src/A/A.csproj")], projects.ToArray());
    }

    [Fact]
    public void ReadProjects_MalformedSlnx_ReturnsAnError()
    {
        var slnx = _temp.Write("Bad.slnx", "<Solution><Project Path=");

        var (projects, error) = SolutionFileReader.ReadProjects(slnx);

        Assert.Empty(projects);
        Assert.NotNull(error);
    }
}
