using System.CommandLine;
using DebtRadar.Cli.Commands;

namespace DebtRadar.Cli;

/// <summary>The `debtradar` command tree and how a parse or run ends in an exit code.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot(CliIO io)
    {
        var root = new RootCommand("DebtRadar: where your C# technical debt is, whether it grows, and what fixing it is worth")
        {
            ScanCommand.Create(io),
            HotspotsCommand.Create(io),
            BackfillCommand.Create(io),
            HistoryCommand.Create(io),
            ReportCommand.Create(io),
            GateCommand.Create(io),
            TrendCommand.Create(io),
            PruneCommand.Create(io),
            RulesCommand.Create(io),
            ProposalCommand.Create(io),
            DashboardCommand.Create(io),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliIO io, CancellationToken cancellationToken = default)
    {
        var root = CreateRoot(io);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                io.Fail(error.Message);
            }

            io.Error.WriteLine($"Run '{CommandPath(parse)} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            io.Fail("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (DebtRadar.Storage.StorageException ex)
        {
            // A database that is foreign, damaged, newer or busy: the user picks another --db or waits.
            io.Fail(ex.Message);
            return ExitCodes.Usage;
        }
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "debtradar" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
