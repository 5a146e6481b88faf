using DebtRadar.History.Git;

namespace DebtRadar.History.Tests.Support;

/// <summary>Answers git commands from canned output, chosen by the git sub-command and its first option.</summary>
internal sealed class FakeGitRunner : IGitProcessRunner
{
    private readonly List<(Func<IReadOnlyList<string>, bool> Match, byte[] Output, GitExit Exit)> answers = [];

    public List<IReadOnlyList<string>> Calls { get; } = [];

    public List<byte[]?> Inputs { get; } = [];

    public FakeGitRunner On(Func<IReadOnlyList<string>, bool> match, byte[] output, int exitCode = 0, string error = "")
    {
        answers.Add((match, output, new GitExit(exitCode, error)));
        return this;
    }

    public static bool Is(IReadOnlyList<string> arguments, string command, string firstOption) =>
        arguments.SkipWhile(a => a != command).Skip(1).FirstOrDefault() == firstOption;

    public async Task<GitExit> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        Func<Stream, CancellationToken, Task> readOutput,
        CancellationToken cancellationToken,
        byte[]? input = null)
    {
        Calls.Add(arguments);
        Inputs.Add(input);
        var (_, output, exit) = answers.First(a => a.Match(arguments));
        using var stream = new MemoryStream(output);
        await readOutput(stream, cancellationToken);
        return exit;
    }

    public IGitSession? Start(string workingDirectory, IReadOnlyList<string> arguments) => null;
}
