using System.Text;

namespace DebtRadar.History.Git;

/// <summary>
/// The commits to read, newest first: <c>git rev-list --date-order</c> from HEAD, over the whole graph (no
/// pathspec, so no history simplification drops a side branch) and cut by git's own <c>--since</c>.
/// </summary>
internal static class RevisionList
{
    public static async Task<(GitExit Exit, List<string> Commits)> ReadAsync(
        IGitProcessRunner runner, string workingDirectory, HistoryWindow window, CancellationToken cancellationToken)
    {
        var commits = new List<string>();
        var exit = await runner.RunAsync(
            workingDirectory,
            GitArguments.With(["rev-list", "--date-order", .. window.SinceArgument(), "HEAD", "--"]),
            async (stream, ct) =>
            {
                using var reader = new StreamReader(stream, Encoding.ASCII, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
                while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
                {
                    if (line.Length > 0)
                    {
                        commits.Add(line);
                    }
                }
            },
            cancellationToken).ConfigureAwait(false);
        return (exit, commits);
    }

    /// <summary>Commit ids one per line, for <c>git log --stdin</c>.</summary>
    public static byte[] StdinFor(IEnumerable<string> commits)
    {
        var text = new StringBuilder();
        foreach (var commit in commits)
        {
            text.Append(commit).Append('\n');
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
