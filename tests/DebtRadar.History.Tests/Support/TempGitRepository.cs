using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DebtRadar.History.Tests.Support;

/// <summary>A real git repository in a temporary folder, with authors and dates fixed per commit.</summary>
internal sealed class TempGitRepository : IDisposable
{
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public TempGitRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "debtradar-history-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Git("init", "-q", "-b", "main");
        Git("config", "core.autocrlf", "false");
        Git("config", "commit.gpgsign", "false");
    }

    public string Root { get; }

    public void Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
    }

    /// <summary>Writes <paramref name="lines"/> numbered lines, <c>prefix1</c> … <c>prefixN</c>.</summary>
    public void WriteLines(string path, string prefix, int lines) =>
        Write(path, string.Concat(Enumerable.Range(1, lines).Select(i => $"{prefix}{i}\n")));

    public string Commit(string author, int day, string message = "change")
    {
        Git("add", "-A");
        var date = Start.AddDays(day).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Git(
            new Dictionary<string, string>
            {
                ["GIT_AUTHOR_NAME"] = author,
                ["GIT_AUTHOR_EMAIL"] = author.ToLowerInvariant().Replace(' ', '.') + "@example.com",
                ["GIT_COMMITTER_NAME"] = author,
                ["GIT_COMMITTER_EMAIL"] = author.ToLowerInvariant().Replace(' ', '.') + "@example.com",
                ["GIT_AUTHOR_DATE"] = date,
                ["GIT_COMMITTER_DATE"] = date,
            },
            "commit", "-q", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments) => Git(new Dictionary<string, string>(), arguments);

    public string Git(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["HOME"] = Root;
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }

        return output.Result;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
