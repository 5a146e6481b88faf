using DebtRadar.Reports;
using Spectre.Console;

namespace DebtRadar.Cli;

/// <summary>
/// Where a command writes: data to <see cref="Out"/>, progress and problems to <see cref="Error"/>.
/// Tests pass string writers; the program passes the process's streams.
/// </summary>
internal sealed class CliIO
{
    private readonly Lazy<IAnsiConsole> _outConsole;
    private readonly Lazy<IAnsiConsole> _errorConsole;

    public CliIO(TextWriter output, TextWriter error, bool errorIsTerminal, bool outputIsTerminal, TimeProvider time)
    {
        Out = output;
        Error = error;
        ErrorIsInteractive = errorIsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        Time = time;

        // Made on first use: a command that writes only plain lines (or a scan that fails early) never pays for them.
        _outConsole = new Lazy<IAnsiConsole>(() =>
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = outputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = outputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            if (!outputIsTerminal)
            {
                // Redirected output is read by people in logs and CI pages: do not wrap tables at 80 columns.
                console.Profile.Width = 160;
            }

            return console;
        });
        _errorConsole = new Lazy<IAnsiConsole>(() => AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = ErrorIsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ErrorIsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = ErrorIsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
        }));
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Rich console over <see cref="Out"/> (tables); plain text when redirected.</summary>
    public IAnsiConsole OutConsole => _outConsole.Value;

    /// <summary>Rich console over <see cref="Error"/> (progress bars when interactive).</summary>
    public IAnsiConsole ErrorConsole => _errorConsole.Value;

    /// <summary>True when stderr is a terminal and <c>CI</c> is not set: progress bars, else plain lines.</summary>
    public bool ErrorIsInteractive { get; }

    public TimeProvider Time { get; }

    public static CliIO FromProcess() => new(
        Console.Out,
        Console.Error,
        errorIsTerminal: !Console.IsErrorRedirected,
        outputIsTerminal: !Console.IsOutputRedirected,
        TimeProvider.System);

    /// <summary>Writes one error line, <c>debtradar: message</c>, to stderr.</summary>
    public void Fail(string message) => Error.WriteLine($"debtradar: {TextSafety.ForConsole(message)}");
}
