using System.Collections.Immutable;
using DebtRadar.Core.Coverage;
using DebtRadar.Core.Health;
using DebtRadar.Reports;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DebtRadar.Cli.Scanning;

/// <summary>
/// Reads the coverage reports of a scan: the files named by <c>--coverage</c> (a missing or unreadable
/// one is a usage error) and those matched by the <c>coverage</c> globs of debtradar.json, relative
/// to the repository root (matching none is a warning: the tests may not have run yet).
/// </summary>
internal static class CoverageFiles
{
    /// <summary>The merged reports, null when none is asked for; <c>Failed</c> when an explicit report cannot be used.</summary>
    public static (CoverageInput? Coverage, bool Failed) Read(CliIO io, IReadOnlyList<FileInfo> explicitFiles, IReadOnlyList<string> globs, string repositoryRoot)
    {
        var files = new List<(string Name, string FullPath, bool Explicit)>();
        files.AddRange(explicitFiles.Select(f => (f.ToString(), f.FullName, true)));
        if (globs.Count > 0 && Directory.Exists(repositoryRoot))
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddIncludePatterns(globs);
            var matched = matcher.GetResultsInFullPath(repositoryRoot).Order(StringComparer.Ordinal).ToList();
            if (matched.Count == 0)
            {
                io.Error.WriteLine($"warning: debtradar.json: coverage: no file matches {TextSafety.ForConsole(string.Join(", ", globs))}");
            }

            files.AddRange(matched.Select(m => (Path.GetRelativePath(repositoryRoot, m).Replace('\\', '/'), m, false)));
        }

        if (files.Count == 0)
        {
            return (null, false);
        }

        var reports = new List<CoverageReport>();
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var (name, fullPath, isExplicit) in files.DistinctBy(f => f.FullPath, StringComparer.Ordinal))
        {
            string? error;
            CoverageReadResult? read = null;
            if (!File.Exists(fullPath))
            {
                error = "no such file";
            }
            else
            {
                using var stream = File.OpenRead(fullPath);
                read = CoverageReader.Read(stream);
                error = read.Error;
            }

            if (error is not null)
            {
                if (isExplicit)
                {
                    io.Fail($"--coverage {TextSafety.ForConsole(name)}: {TextSafety.ForConsole(error)}");
                    return (null, true);
                }

                io.Error.WriteLine($"warning: coverage {TextSafety.ForConsole(name)}: {TextSafety.ForConsole(error)}");
                continue;
            }

            reports.Add(read!.Report);
            names.Add($"{name} ({read.Format})");
        }

        return reports.Count == 0 ? (null, false) : (new CoverageInput(CoverageReport.Merge(reports), names.ToImmutable()), false);
    }
}
