using System.Collections.Immutable;
using DebtRadar.Workspace.MSBuild;

namespace DebtRadar.Workspace.Tests;

/// <summary>The BuildHost's socket file in the temporary folder goes when the loader does.</summary>
/// <remarks>Alone in its collection: another test's BuildHost running at the same time would be noted too.</remarks>
[Collection(nameof(BuildHostsAlone))]
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
    public void RemoveLeftovers_DeletesOnlyFilesOfNotedHostsThatExited()
    {
        var sockets = new BuildHostSockets();
        var exited = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString());
        var running = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString());
        var other = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString());
        foreach (var file in new[] { exited, running, other })
        {
            File.WriteAllText(file, string.Empty);
        }

        try
        {
            const int NoSuchProcess = 99_999_999; // above any Linux pid_max
            sockets.Note([
                new ChildBuildHosts.Host(NoSuchProcess, Path.GetFileName(exited)),
                new ChildBuildHosts.Host(Environment.ProcessId, Path.GetFileName(running)),
                new ChildBuildHosts.Host(NoSuchProcess, "not-a-pipe-of-the-host")]);

            Assert.Equal(1, sockets.RemoveLeftovers());
            Assert.False(File.Exists(exited));
            Assert.True(File.Exists(running));
            Assert.True(File.Exists(other));
        }
        finally
        {
            File.Delete(running);
            File.Delete(other);
        }
    }
}

/// <summary>Its tests run after the parallel ones, with no other test's BuildHost alive.</summary>
[CollectionDefinition(nameof(BuildHostsAlone), DisableParallelization = true)]
public sealed class BuildHostsAlone;
