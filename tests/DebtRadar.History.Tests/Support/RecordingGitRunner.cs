using DebtRadar.History.Git;

namespace DebtRadar.History.Tests.Support;

/// <summary>Runs the real git and records every command and the commit ids fed to it.</summary>
internal sealed class RecordingGitRunner : IGitProcessRunner
{
    private readonly GitProcessRunner git = new();

    public List<(IReadOnlyList<string> Arguments, string Input)> Calls { get; } = [];

    /// <summary>The commit ids handed to the C# numstat processes, in order.</summary>
    public List<string> NumstatCommits => [.. Calls.Where(c => c.Arguments.Contains("--numstat")).SelectMany(c => c.Input.Split('\n', StringSplitOptions.RemoveEmptyEntries))];

    public int Processes(string option) => Calls.Count(c => c.Arguments.Contains(option));

    public Task<GitExit> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        Func<Stream, CancellationToken, Task> readOutput,
        CancellationToken cancellationToken,
        byte[]? input = null)
    {
        lock (Calls)
        {
            Calls.Add((arguments, input is null ? string.Empty : System.Text.Encoding.ASCII.GetString(input)));
        }

        return git.RunAsync(workingDirectory, arguments, readOutput, cancellationToken, input);
    }

    public IGitSession? Start(string workingDirectory, IReadOnlyList<string> arguments) => git.Start(workingDirectory, arguments);
}
