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
    public static string Fingerprint(string root, string target, IEnumerable<string> projectFiles, string sdk, CancellationToken cancellationToken, List<string>? details = null) =>
        Collect(root, target, projectFiles, sdk, cancellationToken).Fingerprint(scope: null, details);

    /// <summary>Walks the repository once; the fingerprint for a scope is then computed from what was found.</summary>
    public static BuildInputSet Collect(string root, string target, IEnumerable<string> projectFiles, string sdk, CancellationToken cancellationToken)
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
        return new BuildInputSet(lines, found);
    }

    /// <summary>
    /// The folders (repository-relative, ending in <c>/</c>) whose C# file names, project and solution
    /// files and restore outputs can change the evaluation of a load: the folder of every project it
    /// evaluated (<paramref name="projectFiles"/>) and of the <paramref name="target"/>. Null — the whole repository — when one of them is
    /// the root, or when a project compiles a file of the repository outside those folders (a glob
    /// reaching out could then pick up a file added anywhere). Props, targets, <c>global.json</c> and
    /// the other build files are fingerprinted everywhere whatever the scope: any project may import them.
    /// </summary>
    /// <param name="root">The repository root.</param>
    /// <param name="target">The scanned project or solution file.</param>
    /// <param name="projectFiles">Every project file the load evaluated or failed to.</param>
    /// <param name="documents">Every source file of the loaded projects.</param>
    public static List<string>? ScopeOf(string root, string target, IEnumerable<string> projectFiles, IEnumerable<string> documents)
    {
        var folders = projectFiles.Append(target)
            .Select(f => PathText.Relative(root, Path.GetDirectoryName(Path.GetFullPath(f))!))
            .Select(f => f.Length == 0 || f == "." ? string.Empty : f.TrimEnd('/') + "/")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (folders.Any(f => f.Length == 0 || f.StartsWith("../", StringComparison.Ordinal)))
        {
            return null;
        }

        var rootPrefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var document in documents)
        {
            var full = Path.GetFullPath(document);
            if (full.StartsWith(rootPrefix, PathText.Comparison) && !InScope(PathText.Relative(root, full), folders))
            {
                return null;
            }
        }

        return folders;
    }

    internal static bool InScope(string relativePath, IReadOnlyCollection<string>? scope) =>
        scope is null || scope.Any(folder => relativePath.StartsWith(folder, PathText.Comparison));

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

/// <summary>
/// What <see cref="BuildInputs.Collect"/> found: fixed lines (format, tool, SDK, target, projects,
/// environment, files above the root) and one line per file in the repository (<c>cs</c>,
/// <c>build</c>, <c>restore</c>, <c>unreadable</c>), sorted.
/// </summary>
internal sealed class BuildInputSet(List<string> head, List<string> found)
{
    private static readonly string[] ProjectSuffixes = [".csproj", ".sln", ".slnx", ".slnf"];

    /// <summary>
    /// The fingerprint over everything, or, with a <paramref name="scope"/> from
    /// <see cref="BuildInputs.ScopeOf"/>, with C# file names, project and solution files and restore
    /// outputs outside it left out.
    /// </summary>
    public string Fingerprint(IReadOnlyCollection<string>? scope, List<string>? details = null)
    {
        var lines = new List<string>(head);
        if (scope is not null)
        {
            lines.Add("scope\t" + string.Join('|', scope));
        }

        lines.AddRange(found.Where(line => Counts(line, scope)));
        details?.AddRange(lines);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }

    private static bool Counts(string line, IReadOnlyCollection<string>? scope)
    {
        if (scope is null)
        {
            return true;
        }

        var parts = line.Split('\t', 3);
        var scoped = parts[0] switch
        {
            "cs" or "restore" => true,
            "build" => ProjectSuffixes.Any(s => parts[1].EndsWith(s, StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
        return !scoped || BuildInputs.InScope(parts[1], scope);
    }
}
