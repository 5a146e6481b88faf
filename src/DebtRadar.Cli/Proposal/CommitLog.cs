using System.Collections.Immutable;
using System.Globalization;
using DebtRadar.Cli.Storage;

namespace DebtRadar.Cli.Proposal;

/// <summary>One commit's message and the lines it changed per path (numstat, renames not followed).</summary>
internal sealed record CommitEntry(string Sha, DateTimeOffset Time, string Message, ImmutableArray<(string Path, int Added, int Deleted)> Changes);

/// <summary>
/// Commit messages and per-path line counts of a window: what the history reader does not keep and the
/// proposal needs for bug-fix classification and churn per month. One <c>git log</c> run; no git is no entry.
/// </summary>
internal static class CommitLog
{
    private const char Record = '\u001e';
    private const char Field = '\u001f';

    public static ImmutableArray<CommitEntry> Read(string repositoryRoot, DateTimeOffset since, DateTimeOffset until)
    {
        var output = GitState.Run(
            repositoryRoot,
            "-c", "core.quotepath=off",
            "log", "--no-merges", "--no-renames", "--numstat", "--no-color",
            "--format=" + Record + "%H" + Field + "%ct" + Field + "%B" + Field,
            "--since=@" + since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            "HEAD", "--");
        return output is null ? [] : Parse(output, until);
    }

    internal static ImmutableArray<CommitEntry> Parse(string output, DateTimeOffset until)
    {
        var entries = ImmutableArray.CreateBuilder<CommitEntry>();
        foreach (var record in output.Split(Record, StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = record.Split(Field);
            if (fields.Length < 4 || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                continue;
            }

            var time = DateTimeOffset.FromUnixTimeSeconds(seconds);
            if (time > until)
            {
                continue;
            }

            var changes = ImmutableArray.CreateBuilder<(string, int, int)>();
            foreach (var line in fields[3].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = line.Split('\t', 3);
                if (parts.Length == 3)
                {
                    // Binary files show "-": no lines, as code-maat counts them.
                    _ = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var added);
                    _ = int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var deleted);
                    changes.Add((parts[2], added, deleted));
                }
            }

            entries.Add(new CommitEntry(fields[0].Trim(), time, fields[2].Trim(), changes.ToImmutable()));
        }

        return entries.ToImmutable();
    }
}
