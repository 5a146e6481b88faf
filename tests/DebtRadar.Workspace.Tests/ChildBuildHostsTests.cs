using System.Diagnostics;
using DebtRadar.Workspace.MSBuild;

namespace DebtRadar.Workspace.Tests;

/// <summary>The parent process id read from a /proc/PID/stat line.</summary>
public sealed class ChildBuildHostsTests
{
    [Theory]
    [InlineData("1234 (dotnet) S 42 1234 1234 0 -1 4194560 1 0 0 0", 42)]
    [InlineData("77 (a name) with spaces) R 9 77 77 0 -1", 9)] // the name may hold spaces and ')': the last ')' ends it
    [InlineData("5 (x) S 1", 1)] // the line may end right after the parent
    [InlineData("5 (x) S", -1)]
    [InlineData("no parenthesis at all", -1)]
    [InlineData("", -1)]
    public void ParentOf_StatLine_TheFieldAfterTheState(string line, int parent)
    {
        using var folder = new TempFolder();
        var file = folder.Write("stat", line + "\n");

        Assert.Equal(parent, ChildBuildHosts.ParentOf(file, new byte[ChildBuildHosts.StatBytes]));
    }

    [Fact]
    public void ParentOf_MissingFile_MinusOne() =>
        Assert.Equal(-1, ChildBuildHosts.ParentOf("/nonexistent/stat", new byte[ChildBuildHosts.StatBytes]));

    [Fact]
    public void ParentOf_AChildOfThisProcess_ThisProcess()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc is Linux's
        }

        using var child = Process.Start(new ProcessStartInfo("sleep", "5") { UseShellExecute = false })!;
        try
        {
            Assert.Equal(Environment.ProcessId, ChildBuildHosts.ParentOf($"/proc/{child.Id}/stat", new byte[ChildBuildHosts.StatBytes]));
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
        }
    }
}
