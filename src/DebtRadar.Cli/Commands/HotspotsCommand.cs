using DebtRadar.Reports;
using System.CommandLine;
using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Cli.Scanning;
using DebtRadar.Core.Model;
using DebtRadar.History;
using DebtRadar.History.Hotspots;
using DebtRadar.History.Model;
using DebtRadar.Reports.Tables;
using Spectre.Console;

namespace DebtRadar.Cli.Commands;

/// <summary>
/// <c>debtradar hotspots</c>: scan PATH for complexity, read its git history for change frequency, rank
/// where both are high. The scan never fails for lack of history: a missing git or a partial history is a
/// line on stderr and an empty or shorter ranking.
/// </summary>
internal static class HotspotsCommand
{
    public static Command Create(CliIO io)
    {
        var shared = new ScanOptionSet();
        var top = new Option<int>("--top", "-n") { Description = "Rows to show and write", DefaultValueFactory = _ => 20 };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--top must be at least 1");
            }
        });
        var since = When("--since", "Window start: a date (2024-01-31) or a span back from the analysed commit (12.months, 90.days); default 12.months");
        var until = When("--until", "Window end: a date or a span back from the analysed commit; default the analysed commit");
        var level = new Option<string>("--level", "-l") { Description = "Rank files or members", DefaultValueFactory = _ => "file" };
        level.AcceptOnlyFromAmong("file", "member");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Also write the ranking to this .csv file" };

        var command = new Command("hotspots", "Rank files or members by change frequency x complexity over a git history window");
        shared.AddTo(command);
        command.Options.Add(top);
        command.Options.Add(since);
        command.Options.Add(until);
        command.Options.Add(level);
        command.Options.Add(output);
        command.SetAction((parse, cancellationToken) => RunAsync(
            io,
            shared.Read(parse),
            new Settings(parse.GetValue(top), Parse(parse.GetValue(since)), Parse(parse.GetValue(until)), parse.GetValue(level) == "member", parse.GetValue(output)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliIO io, ScanRequest request, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Output is { } file && !string.Equals(file.Extension, ".csv", StringComparison.OrdinalIgnoreCase))
        {
            io.Fail($"--out must name a .csv file: {file.Name}");
            return ExitCodes.Usage;
        }

        var outcome = await ScanRunner.RunAsync(request, io, cache: null, rules: null, cancellationToken).ConfigureAwait(false);
        if (outcome is not { Result: { } scan, Target: { } target })
        {
            return outcome.ExitCode;
        }

        var scanned = scan.Projects.SelectMany(p => p.Files).ToList();
        var historyRequest = new HistoryRequest(target.RepositoryRoot, settings.Since, settings.Until);
        ImmutableArray<Hotspot> hotspots;
        ImmutableArray<ScanDiagnostic> diagnostics;
        HeadCommit? head;
        if (settings.Members)
        {
            var history = await new MemberHistoryReader().ReadAsync(historyRequest, cancellationToken).ConfigureAwait(false);
            (hotspots, diagnostics, head) = (HotspotRanking.Members(scanned, history.Members, settings.Top), history.Diagnostics, history.Head);
        }
        else
        {
            var history = await GitLogReader.WithRepositoryCache().ReadAsync(historyRequest, cancellationToken).ConfigureAwait(false);
            (hotspots, diagnostics, head) = (HotspotRanking.Files(scanned, history.Files, settings.Top), history.Diagnostics, history.Head);
        }

        foreach (var diagnostic in diagnostics)
        {
            io.Error.WriteLine(TextSafety.ForConsole(ScanRunner.DiagnosticLine(diagnostic)));
        }

        Render(io.OutConsole, hotspots, head, historyRequest, settings.Members);
        if (settings.Output is { } csv)
        {
            OutputFiles.WriteAtomically(csv, writer => TableWriter.Write(writer, hotspots.Select(ToRow), TableFormat.Csv));
            io.Error.WriteLine($"wrote {TextSafety.ForConsole(csv.FullName)}");
        }

        return ExitCodes.Ok;
    }

    internal static HotspotRow ToRow(Hotspot hotspot) => new()
    {
        Rank = hotspot.Rank,
        File = hotspot.File,
        Member = hotspot.Member ?? string.Empty,
        Revisions = hotspot.Revisions,
        Added = hotspot.Added,
        Deleted = hotspot.Deleted,
        Authors = hotspot.Authors,
        MainAuthorShare = Math.Round(hotspot.MainAuthorShare, 2, MidpointRounding.ToEven),
        Complexity = hotspot.Complexity,
        Score = Math.Round(hotspot.Score, 4, MidpointRounding.ToEven),
    };

    private static void Render(IAnsiConsole console, ImmutableArray<Hotspot> hotspots, HeadCommit? head, HistoryRequest request, bool members)
    {
        if (head is null)
        {
            console.WriteLine("No git history: nothing to rank.");
            return;
        }

        var since = (request.Since ?? WhenExpression.TwelveMonths).Resolve(head.CommitTime, isEnd: false);
        var until = request.Until?.Resolve(head.CommitTime, isEnd: true) ?? head.CommitTime;
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Hotspots at {head.Commit[..Math.Min(12, head.Commit.Length)]} · {since:yyyy-MM-dd} → {until:yyyy-MM-dd} · score = revisions/max × cognitive/max"));
        if (hotspots.IsEmpty)
        {
            console.WriteLine("No scanned file changed in this window.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "#", "score", "revs", "+lines", "-lines", "authors", "main %", "cog", "cc" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        table.AddColumn(members ? "member" : "file");
        if (!members)
        {
            table.AddColumn("worst member");
        }

        foreach (var h in hotspots)
        {
            var cells = new List<string>
            {
                Number(h.Rank), h.Score.ToString("0.000", CultureInfo.InvariantCulture), Number(h.Revisions), Number(h.Added), Number(h.Deleted),
                Number(h.Authors), (h.MainAuthorShare * 100).ToString("0", CultureInfo.InvariantCulture), Number(h.Complexity), Number(h.Cyclomatic),
                members ? $"{h.Member} ({h.File})" : h.File,
            };
            if (!members)
            {
                cells.Add(h.WorstMember ?? string.Empty);
            }

            table.AddRow(cells.Select(c => new Text(TextSafety.ForConsole(c))));
        }

        console.Write(table);
    }

    private static Option<string?> When(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !WhenExpression.TryParse(text, out _, out var error))
            {
                r.AddError($"{name}: {error}");
            }
        });
        return option;
    }

    private static WhenExpression? Parse(string? text) =>
        text is not null && WhenExpression.TryParse(text, out var value, out _) ? value : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Settings(int Top, WhenExpression? Since, WhenExpression? Until, bool Members, FileInfo? Output);
}
