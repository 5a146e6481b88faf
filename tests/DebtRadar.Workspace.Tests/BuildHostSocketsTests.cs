using System.Collections.Immutable;
using DebtRadar.Workspace.MSBuild;

namespace DebtRadar.Workspace.Tests;

/// <summary>The BuildHost's socket file in the temporary folder goes when the loader does.</summary>
public sealed class BuildHostSocketsTests
{
    [Fact]
    public async Task Dispose_AfterALoad_RemovesTheSocketFileOfEveryBuildHostItStarted()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Child processes are found through /proc; Windows pipes leave no file.
        }

        Assert.Null(MSBuildRegistration.Ensure().Error);
        using var fixture = TempFolder.CopyOf("TwoProjects");

        IReadOnlyCollection<string> pipes;
        using (var loader = new MSBuildInfoLoader(ImmutableDictionary<string, string>.Empty))
        {
            var loaded = await loader.LoadProjectsAsync([fixture.Combine("App/App.csproj")], CancellationToken.None);
            Assert.NotEmpty(loaded.Projects);
            pipes = loader.Sockets.Pipes;

            // The host left its socket behind once the load call ended: the loader has something to remove.
            Assert.NotEmpty(pipes);
            Assert.All(pipes, pipe => Assert.True(File.Exists(Path.Combine(Path.GetTempPath(), pipe)), pipe));
        }

        Assert.All(pipes, pipe => Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), pipe)), pipe));
    }

    [Fact]
    public void RemoveLeftovers_TouchesOnlyNotedGuidNamedFiles()
    {
        var sockets = new BuildHostSockets();
        var noted = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString());
        var other = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString());
        File.WriteAllText(noted, string.Empty);
        File.WriteAllText(other, string.Empty);
        try
        {
            sockets.Note([new ChildBuildHosts.Host(1, Path.GetFileName(noted)), new ChildBuildHosts.Host(2, "not-a-pipe-of-the-host")]);

            Assert.Equal(1, sockets.RemoveLeftovers());
            Assert.False(File.Exists(noted));
            Assert.True(File.Exists(other));
        }
        finally
        {
            File.Delete(other);
        }
    }
}
