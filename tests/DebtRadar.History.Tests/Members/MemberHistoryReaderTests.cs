using DebtRadar.History.Model;
using DebtRadar.History.Tests.Support;

namespace DebtRadar.History.Tests.Members;

public sealed class MemberHistoryReaderTests
{
    private const string Version1 = """
        namespace N;

        public class C
        {
            public int A()
            {
                return 1;
            }

            public int B()
            {
                return 2;
            }
        }

        """;

    // Two lines inserted above A move both members down; only B's body changes.
    private const string Version2 = """
        namespace N;

        public class C
        {
            private int f;

            public int A()
            {
                return 1;
            }

            public int B()
            {
                return 3;
            }
        }

        """;

    // The file is moved and A's body is rewritten.
    private const string Version3 = """
        namespace N;

        public class C
        {
            private int f;

            public int A()
            {
                var x = 10;
                return x;
            }

            public int B()
            {
                return 3;
            }
        }

        """;

    [Fact]
    public async Task ReadAsync_LinesMoveAndFileRenamed_MembersKeepTheirHistory()
    {
        using var repo = new TempGitRepository();
        repo.Write("C.cs", Version1);
        repo.Commit("Ann", 0);
        repo.Write("C.cs", Version2);
        repo.Commit("Bob", 1);
        Directory.CreateDirectory(Path.Combine(repo.Root, "D"));
        repo.Git("mv", "C.cs", "D/C Renamed.cs");
        repo.Write("D/C Renamed.cs", Version3);
        repo.Commit("Ann", 2);

        var result = await new MemberHistoryReader().ReadAsync(new HistoryRequest(repo.Root), CancellationToken.None);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [
                ("D/C Renamed.cs", "N.C", "A()", 2, 6, 1, 1, 1.0),
                ("D/C Renamed.cs", "N.C", "B()", 2, 5, 1, 2, 0.8),
            ],
            result.Members.Select(m => (m.File, m.Type, m.Name, m.Revisions, m.Added, m.Deleted, m.Authors, m.MainAuthorShare)));
    }

    [Fact]
    public async Task ReadAsync_NotARepository_DiagnosticOnly()
    {
        var folder = Directory.CreateTempSubdirectory("debtradar-norepo-");
        try
        {
            var result = await new MemberHistoryReader().ReadAsync(new HistoryRequest(folder.FullName), CancellationToken.None);

            Assert.Equal("history.not-a-repository", Assert.Single(result.Diagnostics).Code);
            Assert.Empty(result.Members);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
