using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Proposal;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DebtRadar.Cli.Proposal;

/// <summary>A target resolved against one snapshot: the files and types it stands for.</summary>
/// <param name="Name">The target as the pack names it.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Files">Repository-relative paths, ordinal order.</param>
/// <param name="Types">Namespace-qualified type names, ordinal order.</param>
internal sealed record ResolvedTarget(string Name, TargetKind Kind, ImmutableArray<string> Files, ImmutableArray<string> Types);

/// <summary>
/// Resolves what the user typed, in this order: a file path, a project name, a type (full name, or
/// a simple name when it is unique), a namespace (with its sub-namespaces), a glob over file paths.
/// </summary>
internal static class TargetMatcher
{
    public static ResolvedTarget? Resolve(string text, ScanResult scan, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scan);
        error = null;
        var files = scan.Projects.SelectMany(p => p.Files).DistinctBy(f => f.Path).ToList();
        var paths = files.Select(f => f.Path).ToList();
        var typed = Normalise(text, scan.RepositoryRoot);

        var path = paths.FirstOrDefault(p => p == typed) ?? Unique(paths.Where(p => string.Equals(p, typed, StringComparison.OrdinalIgnoreCase)));
        if (path is not null)
        {
            return OfFiles(path, TargetKind.File, files.Where(f => f.Path == path));
        }

        if (scan.Projects.FirstOrDefault(p => p.Name == text || (p.Path.Length > 0 && p.Path == typed)) is { } project)
        {
            return OfFiles(project.Name, TargetKind.Project, project.Files);
        }

        var types = scan.Projects.SelectMany(p => p.Types).Select(t => t.Name).Distinct(StringComparer.Ordinal).ToList();
        var typeMatches = types.Contains(text, StringComparer.Ordinal)
            ? [text]
            : types.Where(t => t.EndsWith("." + text, StringComparison.Ordinal) || t == text).ToList();
        if (typeMatches.Count > 1)
        {
            error = $"'{text}' names {typeMatches.Count} types: {string.Join(", ", typeMatches.Order(StringComparer.Ordinal).Take(5))}{(typeMatches.Count > 5 ? ", …" : string.Empty)}; give the full name";
            return null;
        }

        if (typeMatches.Count == 1)
        {
            var type = typeMatches[0];
            var declaring = files.Where(f => f.Types.Any(t => t.Name == type)).Select(f => f.Path).Order(StringComparer.Ordinal);
            return new ResolvedTarget(type, TargetKind.Type, [.. declaring], [type]);
        }

        var inNamespace = files.Where(f => f.Types.Any(t => InNamespace(t.Namespace, text))).ToList();
        if (inNamespace.Count > 0)
        {
            var target = OfFiles(text, TargetKind.Namespace, inNamespace);
            return target with { Types = [.. inNamespace.SelectMany(f => f.Types).Where(t => InNamespace(t.Namespace, text)).Select(t => t.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
        }

        var glob = typed.EndsWith('/') ? typed + "**" : typed;
        if (glob.IndexOfAny(['*', '?', '/']) >= 0)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(glob);
            var matched = paths.Where(p => matcher.Match(p).HasMatches).ToHashSet(StringComparer.Ordinal);
            if (matched.Count > 0)
            {
                return OfFiles(glob, TargetKind.Glob, files.Where(f => matched.Contains(f.Path)));
            }
        }

        error = $"no file, project, type, namespace or glob matches '{text}'";
        return null;
    }

    private static ResolvedTarget OfFiles(string name, TargetKind kind, IEnumerable<FileResult> files)
    {
        var list = files.DistinctBy(f => f.Path).ToList();
        return new ResolvedTarget(
            name,
            kind,
            [.. list.Select(f => f.Path).Order(StringComparer.Ordinal)],
            [.. list.SelectMany(f => f.Types).Select(t => t.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static bool InNamespace(string ns, string text) =>
        ns == text || ns.StartsWith(text + ".", StringComparison.Ordinal);

    private static string? Unique(IEnumerable<string> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private static string Normalise(string text, string root)
    {
        var trimmed = text.Trim();
        if (Path.IsPathRooted(trimmed) && root.Length > 0)
        {
            var relative = Path.GetRelativePath(root, trimmed);
            if (!relative.StartsWith("..", StringComparison.Ordinal))
            {
                trimmed = relative;
            }
        }

        trimmed = trimmed.Replace('\\', '/');
        return trimmed.StartsWith("./", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
    }
}
