using DebtRadar.Workspace.Targets;

namespace DebtRadar.Workspace.Tests;

public sealed class TargetResolverTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("App.sln", TargetKind.Solution)]
    [InlineData("App.slnx", TargetKind.Solution)]
    [InlineData("App.csproj", TargetKind.Projects)]
    public void Resolve_File_TakesItAsIs(string name, TargetKind expected)
    {
        var file = _temp.Write(name, "<Project />");

        var result = TargetResolver.Resolve(file);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Kind);
        Assert.Equal(file, result.TargetPath);
    }

    [Fact]
    public void Resolve_CsprojFile_ListsItAsTheOnlyProject()
    {
        var file = _temp.Write("src/App.csproj", "<Project />");

        Assert.Equal([file], TargetResolver.Resolve(file).ProjectFiles.ToArray());
    }

    [Fact]
    public void Resolve_OtherFile_IsAUsageError()
    {
        var file = _temp.Write("Program.cs", "class C {}");

        var result = TargetResolver.Resolve(file);

        Assert.Equal(TargetErrorKind.Usage, result.Error?.Kind);
        Assert.Equal(2, result.Error?.ExitCode);
    }

    [Fact]
    public void Resolve_MissingPath_IsAUsageError()
    {
        var result = TargetResolver.Resolve(_temp.Combine("nope"));

        Assert.False(result.Succeeded);
        Assert.Equal(TargetErrorKind.Usage, result.Error!.Kind);
        Assert.Contains("not found", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FolderWithOneSolution_TakesTheSolution()
    {
        var solution = _temp.Write("Only.slnx", "<Solution />");
        _temp.Write("src/A/A.csproj", "<Project />");

        var result = TargetResolver.Resolve(_temp.Path);

        Assert.Equal(TargetKind.Solution, result.Kind);
        Assert.Equal(solution, result.TargetPath);
    }

    [Fact]
    public void Resolve_FolderWithTwoSolutions_IsAUsageErrorNamingBoth()
    {
        _temp.Write("One.sln", string.Empty);
        _temp.Write("Two.slnx", "<Solution />");

        var result = TargetResolver.Resolve(_temp.Path);

        Assert.Equal(TargetErrorKind.Usage, result.Error?.Kind);
        Assert.Contains("One.sln", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Two.slnx", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SlnBesideSlnxOfTheSameName_TakesTheSlnx()
    {
        _temp.Write("Same.sln", string.Empty);
        var slnx = _temp.Write("Same.slnx", "<Solution />");

        var result = TargetResolver.Resolve(_temp.Path);

        Assert.True(result.Succeeded);
        Assert.Equal(slnx, result.TargetPath);
    }

    [Fact]
    public void Resolve_FolderWithProjectsOnly_ListsThemWithoutBuildOutput()
    {
        var a = _temp.Write("src/A/A.csproj", "<Project />");
        var b = _temp.Write("tests/B/B.csproj", "<Project />");
        _temp.Write("src/A/bin/Debug/Copy.csproj", "<Project />");
        _temp.Write("src/A/obj/A.csproj.nuget.g.csproj", "<Project />");

        var result = TargetResolver.Resolve(_temp.Path);

        Assert.Equal(TargetKind.Projects, result.Kind);
        Assert.Equal([a, b], result.ProjectFiles.ToArray());
    }

    [Fact]
    public void Resolve_FolderWithLooseFiles_IsALooseFolder()
    {
        _temp.Write("scripts/Tool.cs", "class Tool {}");

        var result = TargetResolver.Resolve(_temp.Path);

        Assert.Equal(TargetKind.LooseFolder, result.Kind);
        Assert.Empty(result.ProjectFiles);
    }

    [Fact]
    public void Resolve_FolderWithOnlyBuildOutputSources_HasNothingToScan()
    {
        _temp.Write("obj/Generated.cs", "class G {}");
        _temp.Write("README.md", "# nothing");

        var result = TargetResolver.Resolve(_temp.Path);

        Assert.Equal(TargetErrorKind.NothingToScan, result.Error?.Kind);
        Assert.Equal(3, result.Error?.ExitCode);
    }

    [Fact]
    public void Resolve_EmptyFolder_HasNothingToScan()
    {
        Assert.Equal(TargetErrorKind.NothingToScan, TargetResolver.Resolve(_temp.Path).Error?.Kind);
    }

    [Fact]
    public void Resolve_InsideAGitRepository_FindsTheRoot()
    {
        Directory.CreateDirectory(_temp.Combine(".git"));
        var project = _temp.Write("src/App/App.csproj", "<Project />");

        Assert.Equal(_temp.Path, TargetResolver.Resolve(project).RepositoryRoot);
    }

    [Fact]
    public void Resolve_InsideAWorktree_TreatsAGitFileAsTheRoot()
    {
        _temp.Write("repo/.git", "gitdir: /elsewhere/.git/worktrees/repo");
        _temp.Write("repo/lib/Code.cs", "class C {}");

        Assert.Equal(_temp.Combine("repo"), TargetResolver.Resolve(_temp.Combine("repo/lib")).RepositoryRoot);
    }

    [Fact]
    public void Resolve_OutsideAnyRepository_UsesTheTargetFolder()
    {
        var project = _temp.Write("App/App.csproj", "<Project />");

        // The temp folder sits outside any clone on the machines this runs on.
        Assert.Equal(_temp.Combine("App"), TargetResolver.Resolve(project).RepositoryRoot);
    }
}
