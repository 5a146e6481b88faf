namespace DebtRadar.History.Tests.Support;

/// <summary>
/// A small history with every case the reader must handle, dates fixed from 2024-01-01 12:00 UTC (day 0):
/// <list type="bullet">
/// <item>day 0, Ann: A.cs (10 lines), B.cs (5 lines), .mailmap mapping "Bobby" to "Bob"</item>
/// <item>day 1, Bobby: A.cs +2, B.cs +1</item>
/// <item>day 2, Ann: B.cs renamed to "src/Renamed B.cs", +1</item>
/// <item>day 3, Cid on branch feature: A.cs +1</item>
/// <item>day 4, Ann on main: "src/Renamed B.cs" +1</item>
/// <item>day 5, Ann: merge of feature (no fast-forward)</item>
/// <item>day 6, Bob: bulk commit, A.cs +1 and 31 new files g/f1..f31 (32 files)</item>
/// <item>day 7, Bob: "Ünïcode.cs" with CRLF line ends, 3 lines</item>
/// </list>
/// </summary>
internal static class SampleHistory
{
    public const string RenamedB = "src/Renamed B.cs";
    public const string Unicode = "Ünïcode.cs";

    public static TempGitRepository Create()
    {
        var repo = new TempGitRepository();
        repo.WriteLines("A.cs", "a", 10);
        repo.WriteLines("B.cs", "b", 5);
        repo.Write(".mailmap", "Bob <bob@example.com> Bobby <bobby@example.com>\n");
        repo.Commit("Ann", 0);

        repo.WriteLines("A.cs", "a", 12);
        repo.WriteLines("B.cs", "b", 6);
        repo.Commit("Bobby", 1);

        Directory.CreateDirectory(Path.Combine(repo.Root, "src"));
        repo.Git("mv", "B.cs", RenamedB);
        repo.WriteLines(RenamedB, "b", 7);
        repo.Commit("Ann", 2);

        repo.Git("checkout", "-q", "-b", "feature");
        repo.WriteLines("A.cs", "a", 13);
        repo.Commit("Cid", 3);

        repo.Git("checkout", "-q", "main");
        repo.WriteLines(RenamedB, "b", 8);
        repo.Commit("Ann", 4);
        repo.Git(
            new Dictionary<string, string>
            {
                ["GIT_AUTHOR_NAME"] = "Ann",
                ["GIT_AUTHOR_EMAIL"] = "ann@example.com",
                ["GIT_COMMITTER_NAME"] = "Ann",
                ["GIT_COMMITTER_EMAIL"] = "ann@example.com",
                ["GIT_AUTHOR_DATE"] = "2024-01-06T12:00:00Z",
                ["GIT_COMMITTER_DATE"] = "2024-01-06T12:00:00Z",
            },
            "merge", "-q", "--no-ff", "-m", "merge feature", "feature");

        repo.WriteLines("A.cs", "a", 14);
        for (var i = 1; i <= 31; i++)
        {
            repo.Write($"g/f{i}.txt", $"generated {i}\n");
        }

        repo.Commit("Bob", 6);
        repo.Write(Unicode, "x1\r\nx2\r\nx3\r\n");
        repo.Commit("Bob", 7);
        return repo;
    }
}

/// <summary>One sample repository shared by a test class (building it runs ~40 git commands).</summary>
public sealed class SampleHistoryFixture : IDisposable
{
    internal TempGitRepository Repository { get; } = SampleHistory.Create();

    public void Dispose() => Repository.Dispose();
}
