namespace DebtRadar.Cli;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var io = CliIO.FromProcess();
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first Ctrl+C stops the scan cleanly (exit 130); a second one kills the process.
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await CliApp.RunAsync(args, io, cancellation.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The last line of defence: a bug becomes one line and a documented code, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            io.Fail($"internal error: {ex.GetType().Name}: {ex.Message} (please report it)");
            if (Environment.GetEnvironmentVariable("DEBTRADAR_TRACE") == "1")
            {
                io.Error.WriteLine(ex);
            }

            return ExitCodes.InternalError;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
