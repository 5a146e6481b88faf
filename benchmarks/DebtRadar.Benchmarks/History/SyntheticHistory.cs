using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DebtRadar.Benchmarks.History;

/// <summary>
/// A deterministic git repository of <c>commits</c> linear commits built with one <c>git fast-import</c>: 300 C#
/// files of 80–400 lines in 12 folders plus 60 non-C# files, each commit editing 1–4 files by a few lines, every
/// 97th renaming a C# file and every 13th touching a non-C# file, so git's numstat does the work it does on a
/// real project. Seeded: the same arguments always give the same commit ids.
/// </summary>
internal static class SyntheticHistory
{
    private static readonly DateTimeOffset Start = new(2015, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Creates the repository in <paramref name="folder"/>; branch <c>base</c> points <paramref name="tail"/> commits before <c>main</c>.</summary>
    public static void Create(string folder, int commits, int tail)
    {
        var done = Path.Combine(folder, ".git", "debtradar-synthetic-complete");
        if (File.Exists(done))
        {
            return;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        Git(folder, null, "init", "-q", "-b", "main");
        var random = new Random(20261128);
        var files = new List<(string Path, List<string> Lines)>();
        for (var i = 0; i < 300; i++)
        {
            files.Add(($"src/Area{i % 12}/Type{i}.cs", Enumerable.Range(0, random.Next(60, 300)).Select(l => Line(random, i, l)).ToList()));
        }

        for (var i = 0; i < 60; i++)
        {
            files.Add(($"docs/page{i}.md", Enumerable.Range(0, random.Next(20, 120)).Select(l => $"Paragraph {l} of page {i}: {random.Next()}").ToList()));
        }

        var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add("fast-import");
        info.ArgumentList.Add("--quiet");
        using var importer = Process.Start(info)!;
        var stream = importer.StandardInput;
        stream.NewLine = "\n";
        var authors = new[] { "Ann", "Bob", "Cid", "Dee", "Eve", "Fay" };
        for (var c = 0; c < commits; c++)
        {
            var changed = new List<string>();
            var deleted = new List<string>();
            if (c == 0)
            {
                changed.AddRange(Enumerable.Range(0, files.Count).Select(i => files[i].Path));
            }
            else
            {
                for (var n = random.Next(1, 5); n > 0; n--)
                {
                    var index = c % 13 == 0 && n == 1 ? 300 + random.Next(60) : random.Next(300);
                    Edit(random, files[index].Lines, c);
                    changed.Add(files[index].Path);
                }

                if (c % 97 == 0)
                {
                    var index = random.Next(300);
                    var (path, lines) = files[index];
                    var renamed = $"src/Area{random.Next(12)}/Renamed{c}.cs";
                    files[index] = (renamed, lines);
                    deleted.Add(path);
                    changed.Remove(path);
                    changed.Add(renamed);
                }
            }

            var author = authors[random.Next(authors.Length)];
            var time = Start.AddHours(c * 3).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            stream.Write(string.Create(CultureInfo.InvariantCulture, $"commit refs/heads/main\nmark :{c + 1}\n"));
            stream.Write(string.Create(CultureInfo.InvariantCulture, $"author {author} <{author.ToLowerInvariant()}@example.com> {time} +0000\n"));
            stream.Write(string.Create(CultureInfo.InvariantCulture, $"committer {author} <{author.ToLowerInvariant()}@example.com> {time} +0000\n"));
            Data(stream, $"change {c}");
            if (c > 0)
            {
                stream.Write(string.Create(CultureInfo.InvariantCulture, $"from :{c}\n"));
            }

            foreach (var path in deleted)
            {
                stream.Write(string.Create(CultureInfo.InvariantCulture, $"D {path}\n"));
            }

            foreach (var path in changed.Distinct(StringComparer.Ordinal))
            {
                stream.Write(string.Create(CultureInfo.InvariantCulture, $"M 100644 inline {path}\n"));
                Data(stream, string.Join('\n', files.First(f => f.Path == path).Lines) + "\n");
            }

            stream.Write('\n');
            if (c == commits - 1 - tail)
            {
                stream.Write(string.Create(CultureInfo.InvariantCulture, $"reset refs/heads/base\nfrom :{c + 1}\n\n"));
            }
        }

        stream.Close();
        importer.WaitForExit();
        if (importer.ExitCode != 0)
        {
            throw new InvalidOperationException("git fast-import failed");
        }

        Git(folder, null, "checkout", "-q", "-f", "main");
        File.WriteAllText(done, commits.ToString(CultureInfo.InvariantCulture));
    }

    private static string Line(Random random, int file, int line) =>
        line % 9 == 0 ? "    }" : $"        var v{line} = Compute{file}(x{random.Next(100)}, {random.Next(1000)}); // {random.Next()}";

    private static void Edit(Random random, List<string> lines, int commit)
    {
        var at = random.Next(lines.Count);
        for (var k = random.Next(1, 6); k > 0; k--)
        {
            switch (random.Next(3))
            {
                case 0:
                    lines.Insert(Math.Min(at, lines.Count), $"        call{commit}_{k}({random.Next()});");
                    break;
                case 1 when lines.Count > 20:
                    lines.RemoveAt(Math.Min(at, lines.Count - 1));
                    break;
                default:
                    lines[Math.Min(at, lines.Count - 1)] = $"        changed{commit}({random.Next()});";
                    break;
            }
        }
    }

    private static void Data(StreamWriter stream, string text)
    {
        stream.Write(string.Create(CultureInfo.InvariantCulture, $"data {Encoding.UTF8.GetByteCount(text)}\n"));
        stream.Write(text);
        stream.Write('\n');
    }

    public static void Git(string folder, string? input, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardInput = input is not null, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }
    }
}
