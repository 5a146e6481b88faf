using System.Globalization;
using DebtRadar.Cli.Proposal;
using DebtRadar.Cli.Tests.Support;
using DebtRadar.Core.Debt;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Tests.Proposal;

public sealed class ProposalCommandTests
{
    /// <summary>
    /// Ann adds OrderProcessor.cs and its caller; Bob fixes a bug in Route; Ann renames Name() to Title().
    /// OrderProcessor.cs: 3 revisions, one a bug fix; scanned once at the last commit.
    /// </summary>
    private static async Task<ProposalTestRepository> CreateAsync(bool git = true)
    {
        var repo = new ProposalTestRepository(git);
        repo.Write("src/Orders/OrderProcessor.cs", ProposalTestRepository.Complex);
        repo.Write("src/Api/OrdersController.cs", ProposalTestRepository.Caller);
        repo.Commit("Ann", 0, "Add order routing");
        repo.Write("src/Orders/OrderProcessor.cs", ProposalTestRepository.Complex.Replace("return 0;", "return -1;", StringComparison.Ordinal));
        repo.Commit("Bob", 1, "Fix the default route (fixes #12)");
        repo.Write("src/Orders/OrderProcessor.cs", ProposalTestRepository.Complex.Replace("return 0;", "return -1;", StringComparison.Ordinal).Replace("Name()", "Title()", StringComparison.Ordinal));
        repo.Commit("Ann", 2, "Rename Name to Title");
        var (code, _, error) = await CliRunner.RunAsync("scan", repo.Root, "--syntax-only");
        Assert.True(code == 0, error);
        return repo;
    }

    private static ProposalOptions Options() => new(new CostModel(), BugFixClassifier.TryCreate(BugFixClassifier.DefaultPatterns, out _)!);

    [Fact]
    public async Task Proposal_UnknownTarget_FailsWithOneLineAndExitCode2()
    {
        using var repo = await CreateAsync(git: false);

        var (code, output, error) = await CliRunner.RunAsync("proposal", "Nope.cs", "--db", repo.Db, "--out", Path.Combine(repo.Root, "out"));

        Assert.Equal(2, code);
        Assert.Equal("debtradar: no file, project, type, namespace or glob matches 'Nope.cs' in snapshot #1\n", error.ReplaceLineEndings("\n"));
        Assert.Empty(output);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "out")));
    }

    [Fact]
    public async Task Proposal_NoGitAndOneSnapshot_ExplainsWhyInsteadOfEmptyCharts()
    {
        using var repo = await CreateAsync(git: false);
        var folder = Path.Combine(repo.Root, "out");

        var (code, output, _) = await CliRunner.RunAsync("proposal", "src/Orders/OrderProcessor.cs", "--db", repo.Db, "--out", folder);

        Assert.Equal(0, code);
        Assert.Contains(Path.Combine(folder, "proposal.md"), output, StringComparison.Ordinal);
        var md = await File.ReadAllTextAsync(Path.Combine(folder, "proposal.md"));
        Assert.Contains("- No history: the snapshot was not taken in a git repository (it records no commit).", md, StringComparison.Ordinal);
        Assert.Contains("*Trend:* Only one snapshot is stored, so there is no trend yet", md, StringComparison.Ordinal);
        Assert.Contains("*Changes per month:* no chart, because there is no history", md, StringComparison.Ordinal);
        Assert.Equal(["proposal.md"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Build_FileTarget_NumbersEqualTheCsvExportsOfTheSameSnapshot()
    {
        using var repo = await CreateAsync();
        var files = Path.Combine(repo.Root, "files.csv");
        var findings = Path.Combine(repo.Root, "findings.csv");
        await CliRunner.RunAsync("report", "--db", repo.Db, "--snapshot", "1", "--level", "file", "--out", files);
        await CliRunner.RunAsync("report", "--db", repo.Db, "--snapshot", "1", "--level", "findings", "--out", findings);

        var result = await new ProposalBuilder(new SnapshotStore(repo.Db)).BuildAsync("src/Orders/OrderProcessor.cs", 1, Options(), CancellationToken.None);

        var pack = result.Pack!;
        var row = Csv(files).Single(r => r["file"] == "src/Orders/OrderProcessor.cs");
        var minutes = Csv(findings).Where(r => r["file"] == "src/Orders/OrderProcessor.cs").Sum(r => double.Parse(r["remediation_minutes"], CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(row["cc_total"], CultureInfo.InvariantCulture), pack.Measurements.Single(m => m.Metric == "cc.ms total").Value);
        Assert.Equal(double.Parse(row["cognitive_total"], CultureInfo.InvariantCulture), pack.Measurements.Single(m => m.Metric == "cog.sonar total").Value);
        Assert.Equal(int.Parse(row["loc_source"], CultureInfo.InvariantCulture), pack.Scope.Lines);
        Assert.Equal(double.Parse(row["health"], CultureInfo.InvariantCulture), pack.Measurements.Single(m => m.Metric == "code health (1–10)").Value, 2);
        Assert.True(minutes > 0);
        Assert.Equal(minutes, pack.Debt.Minutes, 1);
    }

    [Fact]
    public async Task Build_GitHistory_CountsRevisionsAuthorsBugFixesAndDependents()
    {
        using var repo = await CreateAsync();

        var pack = (await new ProposalBuilder(new SnapshotStore(repo.Db)).BuildAsync("Shop.Orders.OrderProcessor", 1, Options(), CancellationToken.None)).Pack!;

        Assert.Equal(DebtRadar.Reports.Proposal.TargetKind.Type, pack.Heading.Kind);
        Assert.True(pack.History.Available);
        Assert.Equal(3, pack.History.Revisions);
        Assert.Equal(["Ann", "Bob"], pack.History.Authors.Select(a => a.Name));
        var march = pack.History.Months.Single(m => m.Month == "2024-03");
        Assert.Equal((3, 1), (march.Revisions, march.BugFixes));
        Assert.Equal(1, pack.Map.Rank);
        Assert.Equal("Shop.Api.OrdersController", Assert.Single(pack.Blast.DependentTypes));
        Assert.False(pack.Case.Calibration.Calibrated);
        Assert.Single(pack.Trend.Points);
        Assert.StartsWith("Only one snapshot is stored", pack.Trend.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_Compare_ShowsBothSnapshotsAndTheChange()
    {
        using var repo = await CreateAsync();
        repo.Write("src/Orders/OrderProcessor.cs", "namespace Shop.Orders;\n\npublic class OrderProcessor\n{\n    public int Route(int a) => a;\n}\n");
        repo.Commit("Bob", 3, "Replace the routing table");
        await CliRunner.RunAsync("scan", repo.Root, "--syntax-only");
        var folder = Path.Combine(repo.Root, "out");

        var (code, _, error) = await CliRunner.RunAsync("proposal", "src/Orders/OrderProcessor.cs", "--db", repo.Db, "--out", folder, "--compare", "1");

        Assert.True(code == 0, error);
        var md = await File.ReadAllTextAsync(Path.Combine(folder, "proposal.md"));
        Assert.Contains("## After the work: snapshot 1 → 2", md, StringComparison.Ordinal);
        Assert.Contains("| cc.ms total | 13 | 1 | −12 |", md, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "trend.svg")));
    }

    [Fact]
    public async Task Proposal_TargetAndTop_IsAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync("proposal", "a.cs", "--top", "3", "--db", "none.db");

        Assert.Equal(2, code);
        Assert.Contains("give either a TARGET or --top N", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_Top_WritesOneSectionPerCandidate()
    {
        using var repo = await CreateAsync();
        var folder = Path.Combine(repo.Root, "out");

        var (code, _, error) = await CliRunner.RunAsync("proposal", "--top", "5", "--db", repo.Db, "--out", folder);

        Assert.True(code == 0, error);
        var md = await File.ReadAllTextAsync(Path.Combine(folder, "proposal.md"));
        Assert.Contains("## 1. src/Orders/OrderProcessor.cs", md, StringComparison.Ordinal);
        Assert.DoesNotContain("## 2.", md, StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> Csv(string path)
    {
        // The exported columns hold no comma or quote for these files, so a split reads them.
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    [Fact]
    public async Task DashboardWriteProposal_SelectedFile_WritesThePackAndNothingToTheConsole()
    {
        using var repo = await CreateAsync(git: false);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var io = new CliIO(output, error, errorIsTerminal: false, outputIsTerminal: false, TimeProvider.System);
        var services = new Dashboard.CliDashboardServices(new SnapshotStore(repo.Db), io, repo.Root);

        var outcome = await services.WriteProposalAsync(new Tui.Data.ProposalTarget(1, "src/Orders/OrderProcessor.cs", "Route(int, int)"), CancellationToken.None);

        var written = Path.Combine(repo.Root, "debtradar-proposal", "OrderProcessor", "proposal.md");
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal($"wrote {written}", outcome.Message);
        Assert.StartsWith("# Refactoring proposal: src/Orders/OrderProcessor.cs", await File.ReadAllTextAsync(written), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task DashboardWriteProposal_UnknownFile_ReportsWhyWithoutWriting()
    {
        using var repo = await CreateAsync(git: false);
        var io = new CliIO(TextWriter.Null, TextWriter.Null, errorIsTerminal: false, outputIsTerminal: false, TimeProvider.System);
        var services = new Dashboard.CliDashboardServices(new SnapshotStore(repo.Db), io, repo.Root);

        var outcome = await services.WriteProposalAsync(new Tui.Data.ProposalTarget(1, "src/Gone.cs", null), CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains("src/Gone.cs", outcome.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "debtradar-proposal")));
    }
}
