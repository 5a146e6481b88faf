using System.Text;

namespace DebtRadar.History.Git;

/// <summary>Small helpers for commands whose whole output is a few lines.</summary>
internal static class GitOutput
{
    public static async Task<(GitExit Exit, string Text)> ReadAllAsync(
        IGitProcessRunner runner,
        string workingDirectory,
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken)
    {
        var text = string.Empty;
        var exit = await runner.RunAsync(
            workingDirectory,
            arguments,
            async (stream, ct) =>
            {
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
                text = await reader.ReadToEndAsync(ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return (exit, text);
    }

    /// <summary>The first line of git's error output, for a one-line diagnostic.</summary>
    public static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? trimmed : trimmed[..newline]).Trim();
    }
}
