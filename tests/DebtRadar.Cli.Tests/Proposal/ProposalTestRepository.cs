using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests.Proposal;

/// <summary>A git repository in a temporary folder whose commits have a fixed author, date and message.</summary>
internal sealed class ProposalTestRepository : IDisposable
{
    /// <summary>
    /// <c>Route(int)</c>: cc 12 (11 ifs), cognitive 11 — over DR1001's threshold of 10, so the file has
    /// a complexity finding and debt; <c>Name()</c> is trivial.
    /// </summary>
    public const string Complex = """
        namespace Shop.Orders;

        public class OrderProcessor
        {
            public int Route(int a)
            {
                if (a == 1) { return 1; }
                if (a == 2) { return 2; }
                if (a == 3) { return 3; }
                if (a == 4) { return 4; }
                if (a == 5) { return 5; }
                if (a == 6) { return 6; }
                if (a == 7) { return 7; }
                if (a == 8) { return 8; }
                if (a == 9) { return 9; }
                if (a == 10) { return 10; }
                if (a == 11) { return 11; }
                return 0;
            }

            public string Name() => "orders";
        }

        """;

    /// <summary>A type that uses <c>OrderProcessor</c>: its blast radius.</summary>
    public const string Caller = """
        namespace Shop.Api;

        public class OrdersController
        {
            public int Get(int id) => new Shop.Orders.OrderProcessor().Route(id);
        }

        """;

    private readonly TempFolder folder = new();
    private readonly bool git;

    public ProposalTestRepository(bool git = true)
    {
        this.git = git;
        if (git)
        {
            Git([], "init", "-q", "-b", "main");
        }
    }

    public string Root => folder.Path;

    public string Db => Path.Combine(Root, ".debtradar", "debtradar.db");

    public void Write(string path, string content) => folder.Write(path, content);

    public void Commit(string author, int day, string message)
    {
        if (!git)
        {
            return;
        }

        var date = $"2024-03-{day + 1:00}T12:00:00Z";
        Git([], "add", "-A", "--", ".", ":!.debtradar");
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
            "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
    }

    public void Dispose() => folder.Dispose();

    private void Git(Dictionary<string, string> environment, params string[] arguments) => TestGit.Run(Root, environment, arguments);
}
