using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DebtRadar.Workspace.Files;
using DebtRadar.Workspace.Projects;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Which multi-targeted projects MSBuild evaluates for one framework only (docs/decisions/0042).
/// Only one framework of a project is measured, yet MSBuild runs a design-time build per framework.
/// A project qualifies when its file declares <c>TargetFrameworks</c> once, unconditionally and
/// literally (so the framework chosen from the XML is the one the selection rule would choose from
/// MSBuild's list), and no project of the load references it (a dependent may need another of its
/// frameworks: a netstandard2.0 library referencing it). Anything this reader cannot see through
/// (a reference through a property or a wildcard, a <c>Directory.Build.*</c> adding references)
/// turns the plan off: evaluating every framework is the safe default.
/// </summary>
/// <param name="Declared">Per trimmed project file: every framework it declares, in order.</param>
/// <param name="Property">The <c>DebtRadarFrameworkPlan</c> global property's value.</param>
/// <param name="Key">The plan with repository-relative paths, for the load cache's fingerprint.</param>
internal sealed record FrameworkPlan(ImmutableDictionary<string, ImmutableArray<string>> Declared, string Property, string Key)
{
    public const string TargetsFileName = "DebtRadar.SingleFramework.targets";

    public static FrameworkPlan None { get; } = new(ImmutableDictionary<string, ImmutableArray<string>>.Empty, string.Empty, string.Empty);

    /// <summary>The global properties that apply the plan, or none when nothing is trimmed or the targets file is missing.</summary>
    public ImmutableDictionary<string, string> GlobalProperties(string? targetsFolder)
    {
        var targets = targetsFolder is null ? null : Path.Combine(targetsFolder, TargetsFileName);
        if (Declared.IsEmpty || targets is null || !File.Exists(targets))
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        properties["DebtRadarFrameworkPlan"] = Property;
        properties["CustomBeforeMicrosoftCommonCrossTargetingTargets"] = targets;

        // The global property hides a value the environment gave; the targets file imports it in turn.
        if (Environment.GetEnvironmentVariable("CustomBeforeMicrosoftCommonCrossTargetingTargets") is { Length: > 0 } chained)
        {
            properties["DebtRadarChainedBefore"] = chained;
        }

        return properties.ToImmutable();
    }

    public static FrameworkPlan Create(IReadOnlyCollection<string> projectFiles, string repositoryRoot, string? requestedFramework)
    {
        var files = new Dictionary<string, XElement?>(PathText.Comparer);
        var pending = new Queue<string>(projectFiles);
        var referenced = new HashSet<string>(PathText.Comparer);
        while (pending.TryDequeue(out var file))
        {
            if (files.ContainsKey(file))
            {
                continue;
            }

            var root = Read(file);
            if (root is null && File.Exists(file))
            {
                // Its references are unknown, so any project may be one of them.
                return None;
            }

            files[file] = root;
            foreach (var include in root is null ? [] : Elements(root, "ProjectReference").Select(e => (string?)e.Attribute("Include") ?? string.Empty))
            {
                if (include.Contains("$(", StringComparison.Ordinal) || include.Contains('*', StringComparison.Ordinal) || include.Contains('@', StringComparison.Ordinal))
                {
                    return None;
                }

                var path = PathText.Normalize(Path.Combine(Path.GetDirectoryName(file)!, include.Replace('\\', '/')));
                referenced.Add(path);
                pending.Enqueue(path);
            }
        }

        if (ImportsAddReferences(projectFiles, repositoryRoot))
        {
            return None;
        }

        var declared = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(PathText.Comparer);
        var property = new StringBuilder("|");
        var key = new StringBuilder("|");
        foreach (var file in projectFiles.Where(f => !referenced.Contains(f)).Distinct(PathText.Comparer).Order(StringComparer.Ordinal))
        {
            if (files.GetValueOrDefault(file) is not { } root || LiteralFrameworks(root) is not { } list)
            {
                continue;
            }

            var frameworks = list.Split(';', StringSplitOptions.RemoveEmptyEntries);
            if (frameworks.Length < 2 || frameworks.Distinct(StringComparer.OrdinalIgnoreCase).Count() != frameworks.Length)
            {
                continue;
            }

            var chosen = TargetFrameworks.Choose(frameworks, requestedFramework);
            declared[file] = [.. frameworks];
            property.Append(file).Append('=').Append(list).Append('=').Append(chosen).Append('|');
            key.Append(PathText.Relative(repositoryRoot, file)).Append('=').Append(list).Append('=').Append(chosen).Append('|');
        }

        return declared.Count == 0 ? None : new FrameworkPlan(declared.ToImmutable(), property.ToString(), key.ToString());
    }

    /// <summary>The file's one, unconditional, literal <c>TargetFrameworks</c>; null when there is any doubt.</summary>
    private static string? LiteralFrameworks(XElement root)
    {
        if (Elements(root, "TargetFramework").Any())
        {
            return null;
        }

        var elements = Elements(root, "TargetFrameworks").ToList();
        if (elements is not [{ } only]
            || only.Attribute("Condition") is not null
            || only.Parent is not { Name.LocalName: "PropertyGroup" } group
            || group.Attribute("Condition") is not null
            || group.Parent != root)
        {
            return null;
        }

        var value = only.Value;
        return value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || c is '$' or '@' or '%' or '|' or '=' or '\'') ? null : value;
    }

    /// <summary>True when a <c>Directory.Build.props/targets</c> between a project and the root mentions project references.</summary>
    private static bool ImportsAddReferences(IEnumerable<string> projectFiles, string repositoryRoot)
    {
        var seen = new HashSet<string>(PathText.Comparer);
        foreach (var file in projectFiles)
        {
            for (var folder = Path.GetDirectoryName(file); folder is not null && seen.Add(folder); folder = Path.GetDirectoryName(folder))
            {
                foreach (var name in (string[])["Directory.Build.props", "Directory.Build.targets"])
                {
                    var path = Path.Combine(folder, name);
                    if (File.Exists(path) && ReadText(path).Contains("ProjectReference", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                if (PathText.Comparer.Equals(folder, repositoryRoot))
                {
                    break;
                }
            }
        }

        return false;
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: assume the worst, MSBuild may still read it.
            return "ProjectReference";
        }
    }

    private static XElement? Read(string path)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(path, settings);
            return XDocument.Load(reader).Root;
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<XElement> Elements(XElement root, string name) =>
        root.Descendants().Where(e => e.Name.LocalName == name);
}
