using System.Security.Cryptography;
using System.Text;
using DebtRadar.Workspace.Files;

namespace DebtRadar.Workspace.LoadCache;

/// <summary>
/// The fingerprint of everything MSBuild evaluation reads for a target (docs/decisions/0040): while
/// it is unchanged, the evaluation's result can be reused. It covers, by content hash, every
/// project, solution, props and targets file, <c>global.json</c>, <c>NuGet.config</c> and
/// <c>.editorconfig</c> in the repository (and the <c>Directory.*</c>, <c>global.json</c> and
/// <c>NuGet.config</c> files above it), each restore output (<c>obj/project.assets.json</c>,
/// <c>obj/*.nuget.g.props|targets</c>); the list of C# file names (globs pick files by name, so an
/// added or removed file changes the evaluation, an edited one does not); the SDK version; the
/// environment variables MSBuild reads as properties that builds commonly set; and this assembly's
/// build. Paths are relative to the repository root, so a copy or a worktree of the same commit
/// elsewhere has the same fingerprint.
/// </summary>
internal static class BuildInputs
{
    private static readonly string[] BuildFileSuffixes = [".csproj", ".props", ".targets", ".sln", ".slnx", ".slnf", ".globalconfig", ".editorconfig"];
    private static readonly string[] BuildFileNames = ["global.json", "nuget.config", "packages.lock.json", "directory.build.rsp"];
    private static readonly string[] AboveRootNames = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config"];
    // Build-relevant variables only: DOTNET_* runtime switches (a profiler's, a GC setting) must not void the cache.
    private static readonly string[] EnvironmentPrefixes = ["CustomAfter", "CustomBefore", "MSBuildSDKsPath", "MSBuildExtensionsPath", "NUGET_PACKAGES", "NUGET_FALLBACK_PACKAGES", "DOTNET_ROOT", "Configuration", "Platform", "TargetFramework", "RestorePackagesPath"];

    /// <summary>A hex SHA-256 of the inputs; <paramref name="details"/> receives the lines hashed (for tests and --verbose).</summary>
    public static string Fingerprint(string root, string target, IEnumerable<string> projectFiles, string sdk, CancellationToken cancellationToken, List<string>? details = null)
    {
        var lines = new List<string>
        {
            "format\t" + LoadCacheFile.FormatVersion,
            "tool\t" + typeof(BuildInputs).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            "sdk\t" + sdk,
            "target\t" + PathText.Relative(root, target),
        };
        lines.AddRange(projectFiles.Select(f => "project\t" + PathText.Relative(root, f)).Order(StringComparer.Ordinal));
        foreach (var (name, value) in EnvironmentProperties())
        {
            lines.Add($"env\t{name}={value}");
        }

        var above = Directory.GetParent(root);
        for (var depth = 1; above is not null; above = above.Parent, depth++)
        {
            foreach (var name in AboveRootNames)
            {
                var file = Path.Combine(above.FullName, name);
                if (File.Exists(file))
                {
                    lines.Add($"above{depth}\t{name}\t{Hash(file)}");
                }
            }
        }

        var found = new List<string>();
        Walk(root, root, found, cancellationToken);
        found.Sort(StringComparer.Ordinal);
        lines.AddRange(found);
        details?.AddRange(lines);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    private static void Walk(string root, string folder, List<string> found, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IEnumerable<string> files, folders;
        try
        {
            files = Directory.EnumerateFiles(folder);
            folders = Directory.EnumerateDirectories(folder);
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                if (name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add("cs\t" + PathText.Relative(root, file));
                }
                else if (IsBuildFile(name))
                {
                    found.Add($"build\t{PathText.Relative(root, file)}\t{Hash(file)}");
                }
            }

            foreach (var child in folders)
            {
                var name = Path.GetFileName(child);
                if (name.Equals("obj", StringComparison.OrdinalIgnoreCase))
                {
                    RestoreOutputs(root, child, found, depth: 0);
                }
                else if (!name.StartsWith('.') && !name.Equals("bin", StringComparison.OrdinalIgnoreCase))
                {
                    Walk(root, child, found, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder is a fact of the inputs, not a failure.
            found.Add($"unreadable\t{PathText.Relative(root, folder)}\t{e.GetType().Name}");
        }
    }

    /// <summary>What restore wrote: in obj/ itself, or one or two levels down (artifacts layout).</summary>
    private static void RestoreOutputs(string root, string folder, List<string> found, int depth)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file);
            if (name.Equals("project.assets.json", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".nuget.g.props", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".nuget.g.targets", StringComparison.OrdinalIgnoreCase))
            {
                found.Add($"restore\t{PathText.Relative(root, file)}\t{Hash(file)}");
            }
        }

        if (depth < 2)
        {
            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                RestoreOutputs(root, child, found, depth + 1);
            }
        }
    }

    private static bool IsBuildFile(string name) =>
        BuildFileSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
        || BuildFileNames.Any(n => name.Equals(n, StringComparison.OrdinalIgnoreCase))
        || name.StartsWith("Directory.", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string Name, string Value)> EnvironmentProperties() =>
        Environment.GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .Select(e => (Name: (string)e.Key, Value: e.Value as string ?? string.Empty))
            .Where(e => EnvironmentPrefixes.Any(p => e.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(e => e.Name, StringComparer.Ordinal);

    private static string Hash(string file)
    {
        try
        {
            // A named pipe (or device) reports length 0 and would block the open until a writer
            // comes: an empty regular file has the same hash, so neither is opened.
            if (new FileInfo(file).Length == 0)
            {
                return Convert.ToHexStringLower(SHA256.HashData(ReadOnlySpan<byte>.Empty));
            }

            using var stream = File.OpenRead(file);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable:" + e.GetType().Name;
        }
    }
}
