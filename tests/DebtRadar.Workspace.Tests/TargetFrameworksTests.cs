using DebtRadar.Workspace.Projects;

namespace DebtRadar.Workspace.Tests;

public sealed class TargetFrameworksTests
{
    [Theory]
    [InlineData("net8.0;net10.0", null, "net10.0")]
    [InlineData("net462;netstandard2.0;net6.0", null, "net6.0")]
    [InlineData("net48;netstandard2.1", null, "netstandard2.1")]
    [InlineData("netcoreapp3.1;net5.0", null, "net5.0")]
    [InlineData("net8.0-windows;net8.0", null, "net8.0")]
    [InlineData("net8.0;net10.0", "net8.0", "net8.0")]
    [InlineData("net8.0;net10.0", "NET8.0", "net8.0")]
    [InlineData("net8.0;net10.0", "net6.0", "net10.0")]
    public void Choose_PicksRequestedElseNewest(string available, string? requested, string expected)
    {
        Assert.Equal(expected, TargetFrameworks.Choose(available.Split(';'), requested));
    }

    [Theory]
    [InlineData("Dapper(net8.0)", "net8.0")]
    [InlineData("Lib(net8.0-windows)", "net8.0-windows")]
    [InlineData("Plain", null)]
    public void FromProjectName_ReadsRoslynSuffix(string name, string? expected)
    {
        Assert.Equal(expected, TargetFrameworks.FromProjectName(name));
    }

    [Theory]
    [InlineData("/r/App/bin/Debug/net10.0/App.dll", "net10.0")]
    [InlineData("/r/App/bin/Debug/App.dll", null)]
    [InlineData(null, null)]
    public void FromOutputPath_ReadsFrameworkFolder(string? output, string? expected)
    {
        Assert.Equal(expected, TargetFrameworks.FromOutputPath(output));
    }
}
