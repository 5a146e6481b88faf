using System.Diagnostics;

namespace DebtRadar.Cli.Storage;

/// <summary>Where a working tree stands in git: recorded with each snapshot. Missing git is data, not an error.</summary>
internal sealed record GitState(string? Commit, string? Branch, bool Dirty, DateTimeOffset? CommitDate)
{
    public static GitState None { get; } = new(null, null, false, null);

    public static GitState Read(string folder)
    {
        // The commit and its date in one process: "<sha>\n<ISO date>".
        var head = Run(folder, "show", "-s", "--no-show-signature", "--format=%H%n%cI", "HEAD")?.Split('\n', 2);
        if (head is not [var commit, var date])
        {
            return None;
        }

        var branch = Run(folder, "rev-parse", "--abbrev-ref", "HEAD");
        var status = Run(folder, "status", "--porcelain", "--untracked-files=no");
        return new GitState(
            commit.Trim(),
            branch is null or "HEAD" ? null : branch,
            !string.IsNullOrEmpty(status),
            DateTimeOffset.TryParse(date.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null);
    }

    /// <summary>Runs git and returns its trimmed output, or null when git is missing or fails.</summary>
    public static string? Run(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-C");
        info.ArgumentList.Add(folder);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
