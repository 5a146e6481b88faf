using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

/// <summary>A real git repository in a temporary folder; each commit gets a fixed author and date.</summary>
internal sealed class HotspotsTestRepository : IDisposable
{
    private readonly TempFolder folder = new();

    public HotspotsTestRepository()
    {
        Git([], "init", "-q", "-b", "main");
    }

    public string Root => folder.Path;

    public void Write(string path, string content) => folder.Write(path, content);

    public void Commit(string author, int day)
    {
        var date = $"2024-03-{day + 1:00}T12:00:00Z";
        Git([], "add", "-A");
        Git(
            new Dictionary<string, string>
            {
                ["GIT_AUTHOR_NAME"] = author,
                ["GIT_AUTHOR_EMAIL"] = $"{author}@example.com",
                ["GIT_COMMITTER_NAME"] = author,
                ["GIT_COMMITTER_EMAIL"] = $"{author}@example.com",
                ["GIT_AUTHOR_DATE"] = date,
                ["GIT_COMMITTER_DATE"] = date,
            },
            "-c", "commit.gpgsign=false", "commit", "-q", "-m", "change");
    }

    public void Dispose() => folder.Dispose();

    private void Git(Dictionary<string, string> environment, params string[] arguments) => TestGit.Run(Root, environment, arguments);
}
