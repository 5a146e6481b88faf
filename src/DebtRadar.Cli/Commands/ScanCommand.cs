using System.CommandLine;
using DebtRadar.Cli.Configuration;
using DebtRadar.Cli.Rendering;
using DebtRadar.Cli.Scanning;
using DebtRadar.Reports.Tables;

namespace DebtRadar.Cli.Commands;

/// <summary><c>debtradar scan</c>: measure a solution, print a summary or export one level as CSV/JSON.</summary>
internal static class ScanCommand
{
    public static Command Create(CliIO io)
    {
        var shared = new ScanOptionSet();
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write the measurements of --level to this .csv or .json file instead of the summary",
        };
        var level = new Option<string>("--level", "-l")
        {
            Description = "Level of detail written by --out",
            DefaultValueFactory = _ => "member",
        };
        level.AcceptOnlyFromAmong("member", "type", "file", "project", "findings");

        var command = new Command("scan", "Measure complexity, coupling and size of a C# solution, project or folder");
        shared.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(level);
        command.SetAction((parse, cancellationToken) => RunAsync(
            io, shared.Read(parse), parse.GetValue(output), Enum.Parse<ReportLevel>(parse.GetValue(level)!, ignoreCase: true), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliIO io, ScanRequest request, FileInfo? output, ReportLevel level, CancellationToken cancellationToken)
    {
        TableFormat? format = null;
        if (output is not null && (format = OutputFiles.FormatOf(output)) is null)
        {
            io.Fail($"--out must name a .csv or .json file: {output.Name}");
            return ExitCodes.Usage;
        }

        // Rules and their configuration come from the repository of the target (debtradar.json, .editorconfig).
        var rules = RuleConfigurationLoader.Load(io, request.Path);
        var outcome = await ScanRunner.RunAsync(request, io, cache: null, configurationHash: rules?.Hash ?? string.Empty, rules, cancellationToken).ConfigureAwait(false);
        if (outcome.Result is not { } scan)
        {
            return outcome.ExitCode;
        }

        if (output is not null)
        {
            OutputFiles.WriteAtomically(output, writer => TableWriter.Write(writer, scan, level, format!.Value));
            io.Error.WriteLine($"wrote {TextSafety.ForConsole(output.FullName)}");
            if (request.Verbose)
            {
                ScanSummaryRenderer.Render(io.OutConsole, scan, verbose: true);
            }
        }
        else
        {
            ScanSummaryRenderer.Render(io.OutConsole, scan, request.Verbose);
        }

        return ExitCodes.Ok;
    }
}
