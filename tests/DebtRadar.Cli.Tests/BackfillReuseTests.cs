using DebtRadar.Cli.Tests.Support;

namespace DebtRadar.Cli.Tests;

/// <summary>
/// A backfill moves one worktree from commit to commit and derives each compilation from the previous
/// commit's; every snapshot must still measure what a plain scan of that commit measures.
/// </summary>
public sealed class BackfillReuseTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private const string Customer = """
        namespace Shop;

        public class Customer
        {
            public string Name { get; set; } = "";

            public string Greeting(bool formal)
            {
                if (formal)
                {
                    return "Dear " + Name;
                }

                return "Hi " + Name;
            }
        }
        """;

    private const string Orders = """
        namespace Shop;

        public class Orders
        {
            private readonly List<Customer> _customers = [];

            public int Count(int minimum)
            {
                var n = 0;
                foreach (var c in _customers)
                {
                    if (c.Name.Length > minimum)
                    {
                        n++;
                    }
                }

                return n;
            }

            public string First() => _customers.Count > 0 ? _customers[0].Greeting(true) : "";
        }
        """;

    private const string Util = """
        namespace Shop;

        internal static class Util
        {
            public static int Clamp(int value, int low, int high) => value < low ? low : value > high ? high : value;
        }
        """;

    [Fact]
    public async Task Backfill_EditsSignatureChangeAddedAndDeletedFiles_EachSnapshotEqualsAPlainScanOfItsCommit()
    {
        using var repo = new TempFolder();
        using var data = new TempFolder();
        const string ProjectFile = """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>""";
        TestGit.Run(repo.Path, NoEnvironment, "init", "--quiet", "-b", "main");

        // 1: the start.
        repo.Write("Shop/Shop.csproj", ProjectFile);
        repo.Write("Shop/Customer.cs", Customer);
        repo.Write("Shop/Orders.cs", Orders);
        repo.Write("Shop/Util.cs", Util);
        Commit(repo.Path, "start");

        // 2: a body edit.
        repo.Write("Shop/Orders.cs", Orders.Replace("n++;", "n += c.Greeting(false).Length > 3 ? 1 : 0;", StringComparison.Ordinal));
        Commit(repo.Path, "edit");

        // 3: a signature change, and its caller.
        repo.Write("Shop/Customer.cs", Customer.Replace("Greeting(bool formal)", "Greeting(bool formal, string prefix = \"\")", StringComparison.Ordinal));
        repo.Write("Shop/Orders.cs", Orders.Replace("Greeting(true)", "Greeting(true, \"x\")", StringComparison.Ordinal));
        Commit(repo.Path, "signature");

        // 4: a file added.
        repo.Write("Shop/Invoice.cs", """
            namespace Shop;

            public class Invoice(Customer customer)
            {
                public string Header(int copies) => copies > 1 ? customer.Greeting(true) + " x" + copies : customer.Greeting(false);
            }
            """);
        Commit(repo.Path, "add");

        // 5: a file deleted.
        File.Delete(Path.Combine(repo.Path, "Shop/Util.cs"));
        Commit(repo.Path, "delete");

        // 6: other parse options (every tree must be parsed again) and an edit.
        repo.Write("Shop/Shop.csproj", ProjectFile.Replace("</TargetFramework>", "</TargetFramework><LangVersion>12</LangVersion>", StringComparison.Ordinal));
        repo.Write("Shop/Invoice.cs", File.ReadAllText(Path.Combine(repo.Path, "Shop/Invoice.cs")) + "\n// edited\n");
        Commit(repo.Path, "options");

        var db = Path.Combine(data.Path, "history.db");
        var (code, _, error) = await CliRunner.RunAsync("backfill", Path.Combine(repo.Path, "Shop/Shop.csproj"), "--commits", "6", "--db", db, "-v");
        Assert.True(code == 0, error);

        // The reuse was exercised: compilations derived and unchanged trees kept.
        Assert.Contains("1 compilation(s) derived from the previous commit's", error, StringComparison.Ordinal);
        Assert.Matches(@"derived from the previous commit's, [1-9]\d* syntax trees reused", error);

        var commits = GitOutput(repo.Path, "log", "--format=%H", "--reverse");
        Assert.Equal(6, commits.Length);
        for (var i = 0; i < commits.Length; i++)
        {
            var stored = Path.Combine(data.Path, $"stored-{i + 1}.csv");
            var (report, _, reportError) = await CliRunner.RunAsync("report", "--db", db, "--snapshot", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--level", "member", "--out", stored);
            Assert.True(report == 0, reportError);

            var checkout = Path.Combine(data.Path, $"commit-{i + 1}");
            TestGit.Run(repo.Path, NoEnvironment, "worktree", "add", "--detach", "--quiet", checkout, commits[i]);
            var plain = Path.Combine(data.Path, $"plain-{i + 1}.csv");
            var (scan, _, scanError) = await CliRunner.RunAsync("scan", Path.Combine(checkout, "Shop/Shop.csproj"), "--no-cache", "--no-db", "--no-history", "--level", "member", "--out", plain);
            TestGit.Run(repo.Path, NoEnvironment, "worktree", "remove", "--force", checkout);
            Assert.True(scan == 0, scanError);

            Assert.Equal(File.ReadAllText(plain), File.ReadAllText(stored));
        }

        // The one worktree the backfill used is gone.
        Assert.Single(GitOutput(repo.Path, "worktree", "list", "--porcelain"), l => l.StartsWith("worktree ", StringComparison.Ordinal));
    }

    private static void Commit(string repo, string message)
    {
        TestGit.Run(repo, NoEnvironment, "add", "-A");
        TestGit.Run(repo, NoEnvironment, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", message);
    }

    private static string[] GitOutput(string repo, params string[] arguments) =>
        (Storage.GitState.Run(repo, arguments) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
