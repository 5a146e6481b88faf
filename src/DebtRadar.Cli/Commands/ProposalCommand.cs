using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Proposal;
using DebtRadar.Cli.Storage;
using DebtRadar.History.Model;
using DebtRadar.Reports;
using DebtRadar.Reports.Proposal;
using DebtRadar.Storage;

namespace DebtRadar.Cli.Commands;

/// <summary>
/// <c>debtradar proposal</c>: the evidence for refactoring one target (file, type, namespace, project or
/// glob) from a stored snapshot and its git history, as <c>proposal.md</c> with SVG charts beside it;
/// <c>--compare</c> adds before/after, <c>--top N</c> proposes the best candidates instead.
/// </summary>
internal static class ProposalCommand
{
    private static readonly string[] ChartNames = ["trend.svg", "churn.svg", "map.svg"];

    public static Command Create(CliIO io)
    {
        var storage = new StorageOptionSet();
        var target = new Argument<string?>("TARGET") { Description = "A file path, type, namespace, project name or glob", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder to write proposal.md and its charts to", DefaultValueFactory = _ => new DirectoryInfo("debtradar-proposal") };
        var snapshot = new Option<string>("--snapshot", "-s") { Description = "Snapshot id, or 'latest'", DefaultValueFactory = _ => "latest" };
        var compare = new Option<string?>("--compare") { Description = "Snapshot id before the work: show every figure at both, with the change" };
        var top = new Option<int?>("--top", "-n") { Description = "Propose the N files with the best expected return instead of one target" };
        var rate = new Option<double>("--rate") { Description = "Money per hour", DefaultValueFactory = _ => 95 };
        var currency = new Option<string>("--currency") { Description = "Currency code", DefaultValueFactory = _ => "EUR" };
        var since = new Option<string?>("--since") { Description = "History window start: a date or a span back from the snapshot's commit (default 12.months)" };
        var patterns = new Option<string[]>("--bugfix-pattern") { Description = "Regular expression for bug-fix commit messages (repeatable; replaces the defaults)", AllowMultipleArgumentsPerToken = false };
        var minFixes = new Option<int>("--min-bugfixes") { Description = "Bug-fix commits needed to calibrate on this repository instead of the priors", DefaultValueFactory = _ => 20 };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show history notes and the time of each phase" };
        since.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !WhenExpression.TryParse(text, out _, out var error))
            {
                r.AddError($"--since: {error}");
            }
        });
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--top must be at least 1");
            }
        });
        rate.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or double.NaN)
            {
                r.AddError("--rate must be a positive amount");
            }
        });

        var command = new Command("proposal", "Write the case for refactoring a target: figures with their sources, charts, interest and payback as ranges");
        command.Arguments.Add(target);
        storage.AddTo(command);
        foreach (var option in new Option[] { output, snapshot, compare, top, rate, currency, since, patterns, minFixes, verbose })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(
            io,
            new Request(
                parse.GetValue(target),
                parse.GetValue(storage.Db),
                parse.GetValue(output)!,
                parse.GetValue(snapshot)!,
                parse.GetValue(compare),
                parse.GetValue(top),
                parse.GetValue(rate),
                parse.GetValue(currency)!,
                parse.GetValue(since),
                parse.GetValue(patterns) is { Length: > 0 } p ? p : [.. BugFixClassifier.DefaultPatterns],
                parse.GetValue(minFixes),
                parse.GetValue(verbose)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliIO io, Request request, CancellationToken cancellationToken)
    {
        if ((request.Target is null) == (request.Top is null))
        {
            io.Fail("give either a TARGET or --top N");
            return ExitCodes.Usage;
        }

        if (request.Compare is not null && request.Top is not null)
        {
            io.Fail("--compare needs a TARGET, not --top");
            return ExitCodes.Usage;
        }

        if (BugFixClassifier.TryCreate(request.Patterns, out var patternError) is not { } classifier)
        {
            io.Fail(patternError!);
            return ExitCodes.Usage;
        }

        var store = SnapshotRecorder.OpenForReading(request.Db);
        if (SnapshotId(store, request.Snapshot, "--snapshot", io, cancellationToken) is not { } id)
        {
            return ExitCodes.Usage;
        }

        int? beforeId = null;
        if (request.Compare is { } compare)
        {
            beforeId = SnapshotId(store, compare, "--compare", io, cancellationToken);
            if (beforeId is null)
            {
                return ExitCodes.Usage;
            }
        }

        var info = store.Find(id, cancellationToken)!;
        var options = Options(request, classifier, info, io);
        var builder = new ProposalBuilder(store, io.Time);
        var result = request.Top is { } count
            ? await builder.BuildTopAsync(count, id, options, cancellationToken).ConfigureAwait(false)
            : await builder.BuildAsync(request.Target!, id, options, cancellationToken).ConfigureAwait(false);
        Report(io, request, result);
        if (result.Error is { } error)
        {
            io.Fail(error);
            return ExitCodes.Usage;
        }

        ProposalPack? before = null;
        if (beforeId is { } b)
        {
            var earlier = await builder.BuildAsync(result.Pack!.Heading.Target, b, options, cancellationToken).ConfigureAwait(false);
            Report(io, request, earlier);
            if (earlier.Pack is null)
            {
                io.Fail($"{earlier.Error} (the --compare side)");
                return ExitCodes.Usage;
            }

            before = earlier.Pack;
        }

        var files = request.Top is null ? ProposalDocument.Render(result.Pack!, before) : ProposalDocument.RenderTop(result.Packs);
        Write(io, request.Output, files);
        return ExitCodes.Ok;
    }

    private static ProposalOptions Options(Request request, BugFixClassifier classifier, SnapshotInfo snapshot, CliIO io)
    {
        var cost = new Core.Debt.CostModel();
        if (Directory.Exists(snapshot.RepositoryRoot))
        {
            var configuration = ConfigurationReader.Read(snapshot.RepositoryRoot);
            cost = configuration.Cost;
            foreach (var problem in configuration.Problems.Where(_ => request.Verbose))
            {
                io.Error.WriteLine(TextSafety.ForConsole(problem));
            }
        }

        // Validated at parse time: a text that got here parses.
        var since = request.Since is { } text && WhenExpression.TryParse(text, out var parsed, out _) ? parsed : null;

        return new ProposalOptions(cost, classifier, since, request.Rate, request.Currency, request.MinBugFixes);
    }

    private static int? SnapshotId(SnapshotStore store, string text, string option, CliIO io, CancellationToken cancellationToken)
    {
        if (text.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            if (store.Latest(cancellationToken: cancellationToken) is { } latest)
            {
                return latest.Id;
            }

            io.Fail($"no snapshot recorded in {store.Path} (run 'debtradar scan' or 'debtradar backfill' first)");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            io.Fail($"{option} must be a snapshot id or 'latest': {text}");
            return null;
        }

        if (store.Find(id, cancellationToken) is null)
        {
            io.Fail($"no snapshot #{id.ToString(CultureInfo.InvariantCulture)} in {store.Path} ('debtradar history' lists them)");
            return null;
        }

        return id;
    }

    private static void Report(CliIO io, Request request, ProposalResult result)
    {
        if (!request.Verbose)
        {
            return;
        }

        foreach (var phase in result.Phases)
        {
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase.Phase}: {phase.Elapsed.TotalMilliseconds:0} ms"));
        }

        foreach (var note in result.Packs.SelectMany(p => p.History.Notes.Prepend(p.History.Reason ?? string.Empty)).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            io.Error.WriteLine("history: " + TextSafety.ForConsole(note));
        }
    }

    /// <summary>
    /// The pack of one target at a snapshot with the command's default options, written to
    /// <paramref name="folder"/> without a word on the console (the dashboard's "write the pack").
    /// Returns the written <c>proposal.md</c>, or the one-line reason it could not be built.
    /// </summary>
    internal static async Task<(string? Written, string? Error)> WriteQuietlyAsync(
        SnapshotStore store, string target, int snapshotId, DirectoryInfo folder, CliIO io, CancellationToken cancellationToken)
    {
        if (store.Find(snapshotId, cancellationToken) is not { } info)
        {
            return (null, $"no snapshot #{snapshotId.ToString(CultureInfo.InvariantCulture)} in {store.Path}");
        }

        var request = new Request(
            target, null, folder, info.Id.ToString(CultureInfo.InvariantCulture), null, null, 95, "EUR", null, [.. BugFixClassifier.DefaultPatterns], 20, Verbose: false);
        var classifier = BugFixClassifier.TryCreate(request.Patterns, out _)!;
        var result = await new ProposalBuilder(store, io.Time).BuildAsync(target, info.Id, Options(request, classifier, info, io), cancellationToken).ConfigureAwait(false);
        if (result.Pack is not { } pack)
        {
            return (null, result.Error);
        }

        var written = WriteFiles(folder, ProposalDocument.Render(pack, before: null));
        return (written.Single(p => p.EndsWith("proposal.md", StringComparison.Ordinal)), null);
    }

    private static void Write(CliIO io, DirectoryInfo folder, ImmutableArray<ProposalFile> files)
    {
        foreach (var path in WriteFiles(folder, files))
        {
            io.Out.WriteLine($"wrote {TextSafety.ForConsole(path)}");
        }
    }

    private static List<string> WriteFiles(DirectoryInfo folder, ImmutableArray<ProposalFile> files)
    {
        var written = new List<string>();
        folder.Create();
        // A chart left from an earlier run would illustrate figures this pack does not have.
        foreach (var stale in ChartNames.Where(n => files.All(f => f.Name != n)))
        {
            File.Delete(Path.Combine(folder.FullName, stale));
        }

        foreach (var file in files)
        {
            var path = new FileInfo(Path.Combine(folder.FullName, file.Name));
            OutputFiles.WriteAtomically(path, writer => writer.Write(file.Content));
            written.Add(path.FullName);
        }

        return written;
    }

    private sealed record Request(
        string? Target,
        FileInfo? Db,
        DirectoryInfo Output,
        string Snapshot,
        string? Compare,
        int? Top,
        double Rate,
        string Currency,
        string? Since,
        IReadOnlyList<string> Patterns,
        int MinBugFixes,
        bool Verbose);
}
