using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Gate;
using DebtRadar.Cli.Storage;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Reports;
using DebtRadar.Reports.Markdown;

namespace DebtRadar.Cli.Commands;

/// <summary>
/// <c>debtradar gate</c>: compare the latest snapshot with a baseline and exit 1 with one line
/// per failed condition. Conditions come from the options, else from <c>debtradar.json</c>.
/// </summary>
internal static class GateCommand
{
    public static Command Create(CliIO io)
    {
        var storage = new StorageOptionSet();
        var baseline = new Option<string?>("--baseline", "-b")
        {
            Description = "Snapshot id or git ref (origin/main, a tag, a commit) to compare with; a ref's commit is scanned when not recorded (default: the previous snapshot)",
            HelpName = "id|git-ref",
        };
        var maxNewDebt = new Option<double?>("--max-new-debt") { Description = "Most remediation minutes the new findings may add", HelpName = "minutes" };
        var maxNewFindings = new Option<int?>("--max-new-findings") { Description = "Most new findings (matched by fingerprint: moved code is not new)", HelpName = "n" };
        var minRating = new Option<string?>("--min-rating") { Description = "Worst debt rating allowed (A best, E worst)", HelpName = "A|B|C|D|E" };
        minRating.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && GateConfigurationReader.ParseRating(text) is null)
            {
                r.AddError($"--min-rating must be A, B, C, D or E: {text}");
            }
        });
        var maxCcIncrease = new Option<int?>("--max-cc-increase") { Description = "Most the total cyclomatic complexity may rise", HelpName = "n" };
        var failOnSeverity = new Option<string?>("--fail-on-severity") { Description = "Fail on any new finding of this severity or higher" };
        failOnSeverity.AcceptOnlyFromAmong("suggestion", "warning", "error");
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Also write the pull-request summary (Markdown) to this file", HelpName = "file.md" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show every check and the time of each phase" };
        NotNegative(maxNewDebt);
        NotNegative(maxNewFindings);
        NotNegative(maxCcIncrease);

        var command = new Command("gate", "Fail (exit 1) when the latest snapshot adds more debt than allowed since a baseline");
        storage.AddTo(command);
        command.Options.Add(baseline);
        command.Options.Add(maxNewDebt);
        command.Options.Add(maxNewFindings);
        command.Options.Add(minRating);
        command.Options.Add(maxCcIncrease);
        command.Options.Add(failOnSeverity);
        command.Options.Add(markdown);
        command.Options.Add(verbose);
        command.SetAction((parse, cancellationToken) =>
        {
            var conditions = new GateConditions(
                parse.GetValue(maxNewDebt),
                parse.GetValue(maxNewFindings),
                parse.GetValue(minRating) is { } r ? GateConfigurationReader.ParseRating(r) : null,
                parse.GetValue(maxCcIncrease),
                parse.GetValue(failOnSeverity) is { } s ? SeverityNames.TryParse(s) : null);
            return RunAsync(io, parse.GetValue(storage.Db), parse.GetValue(baseline), conditions, parse.GetValue(markdown), parse.GetValue(verbose), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliIO io, FileInfo? db, string? baselineOption, GateConditions options, FileInfo? markdown, bool verbose, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var store = SnapshotRecorder.OpenForReading(db);
        if (store.Latest(cancellationToken: cancellationToken) is not { } latest || store.Read(latest.Id, cancellationToken) is not { } current)
        {
            io.Fail($"no snapshot recorded in {store.Path}: run 'debtradar scan' first");
            return ExitCodes.Usage;
        }

        var root = Directory.Exists(latest.RepositoryRoot) ? latest.RepositoryRoot : SnapshotRecorder.FindRepositoryRoot(Directory.GetCurrentDirectory());
        var configuration = ConfigurationReader.Read(root);
        foreach (var problem in configuration.Problems)
        {
            io.Error.WriteLine($"warning: {TextSafety.ForConsole(problem)}");
        }

        var conditions = configuration.Gate.Conditions.OverriddenBy(options);
        if (conditions.IsEmpty)
        {
            io.Error.WriteLine("warning: no gate condition is set (options or the 'gate' section of debtradar.json): nothing is checked");
        }

        var resolution = await BaselineResolver.ResolveAsync(io, store, latest, baselineOption ?? configuration.Gate.Baseline, verbose, cancellationToken).ConfigureAwait(false);
        if (resolution.Snapshot is not { } baseline)
        {
            io.Fail(resolution.Error ?? "no baseline");
            return resolution.ExitCode;
        }

        Phase(io, verbose, "baseline", clock);
        if (baseline.Info.Metadata.ConfigurationHash != current.Info.Metadata.ConfigurationHash)
        {
            io.Error.WriteLine("warning: the baseline was scanned with other rule settings: some findings may differ for that reason alone");
        }

        var summary = SnapshotComparison.Create(current, baseline, configuration.Cost);
        var checks = GateEvaluator.Evaluate(summary, conditions);
        Phase(io, verbose, "compare", clock);
        if (markdown is not null)
        {
            OutputFiles.WriteAtomically(markdown, writer => PullRequestSummary.Write(writer, summary));
            io.Error.WriteLine($"wrote {TextSafety.ForConsole(markdown.FullName)}");
        }

        var against = Invariant($"#{latest.Id} against #{baseline.Info.Id}{(baseline.Info.Metadata.Commit is { } c ? $" ({c[..Math.Min(10, c.Length)]})" : string.Empty)}");
        foreach (var check in checks)
        {
            if (!check.Passed)
            {
                io.Out.WriteLine($"gate failed: {check.Condition}: {check.Line}");
            }
            else if (verbose)
            {
                io.Error.WriteLine($"ok: {check.Condition}: {check.Line}");
            }
        }

        var failed = checks.Count(c => !c.Passed);
        if (failed > 0)
        {
            io.Error.WriteLine(Invariant($"gate: {failed} of {checks.Length} condition(s) failed, {against}"));
            return ExitCodes.GateFailed;
        }

        io.Out.WriteLine(Invariant($"gate passed: {checks.Length} condition(s), {against}; {summary.Diff?.New.Length ?? 0} new, {summary.Diff?.Fixed.Length ?? 0} fixed finding(s)"));
        return ExitCodes.Ok;
    }

    private static void NotNegative<T>(Option<T> option) => option.Validators.Add(r =>
    {
        if (r.GetValueOrDefault<T>() is IComparable number && number.CompareTo(Convert.ChangeType(0, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture)) < 0)
        {
            r.AddError($"{option.Name} must be at least 0");
        }
    });

    private static void Phase(CliIO io, bool verbose, string phase, Stopwatch clock)
    {
        if (verbose)
        {
            io.Error.WriteLine(Invariant($"{phase}: {clock.Elapsed.TotalMilliseconds:0} ms"));
            clock.Restart();
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
