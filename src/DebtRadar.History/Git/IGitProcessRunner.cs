namespace DebtRadar.History.Git;

/// <summary>Starts git; behind an interface so the parsing and diagnostics can be tested without git.</summary>
internal interface IGitProcessRunner
{
    /// <summary>
    /// Runs git to completion, handing its standard output to <paramref name="readOutput"/> as it arrives;
    /// <paramref name="input"/>, when given, is written to its standard input (e.g. commit ids for <c>--stdin</c>).
    /// </summary>
    Task<GitExit> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        Func<Stream, CancellationToken, Task> readOutput,
        CancellationToken cancellationToken,
        byte[]? input = null);

    /// <summary>Starts a long-lived git process fed through standard input (e.g. <c>cat-file --batch</c>); null when git cannot be started.</summary>
    IGitSession? Start(string workingDirectory, IReadOnlyList<string> arguments);
}

/// <summary>A running git process with both pipes open. Disposing ends it.</summary>
internal interface IGitSession : IDisposable
{
    Stream Input { get; }

    Stream Output { get; }
}

/// <summary>How a git run ended.</summary>
/// <param name="ExitCode">The process exit code; -1 when git could not be started.</param>
/// <param name="Error">The first lines of standard error, trimmed.</param>
/// <param name="GitMissing">True when no git executable could be started.</param>
internal sealed record GitExit(int ExitCode, string Error, bool GitMissing = false)
{
    public bool Succeeded => ExitCode == 0 && !GitMissing;

    public static GitExit Missing(string message) => new(-1, message, GitMissing: true);
}
