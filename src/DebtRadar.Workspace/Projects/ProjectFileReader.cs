using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using DebtRadar.Workspace.Files;

namespace DebtRadar.Workspace.Projects;

/// <summary>
/// Reads a project file as XML only: safe on untrusted repositories because nothing is
/// evaluated, imported or executed. Conditional properties and <c>$(...)</c> expansions are
/// ignored, since knowing them would need the evaluation this reader exists to avoid.
/// </summary>
internal static class ProjectFileReader
{
    public static ProjectFile Read(string projectPath)
    {
        var folder = Path.GetDirectoryName(projectPath)!;
        var name = Path.GetFileNameWithoutExtension(projectPath);
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(projectPath, settings);
            if (XDocument.Load(reader).Root is not { } root)
            {
                return new ProjectFile(projectPath, name, folder, [], null, [], [], "the file has no root element");
            }

            var references = Elements(root, "ProjectReference")
                .Select(e => (string?)e.Attribute("Include"))
                .OfType<string>()
                .Where(p => !p.Contains("$(", StringComparison.Ordinal))
                .Select(p => PathText.Normalize(Path.Combine(folder, p.Replace('\\', '/'))));
            var langVersion = Literal(Property(root, "LangVersion"));
            var frameworks = Symbols(Property(root, "TargetFrameworks") ?? Property(root, "TargetFramework"));
            return new ProjectFile(
                projectPath, name, folder, [.. references], langVersion,
                Symbols(Property(root, "DefineConstants")), frameworks, null);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            return new ProjectFile(projectPath, name, folder, [], null, [], [], e.Message);
        }
    }

    private static IEnumerable<XElement> Elements(XElement root, string name) =>
        root.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>The last unconditional value, as MSBuild would keep the last assignment.</summary>
    private static string? Property(XElement root, string name) =>
        Elements(root, name)
            .Where(e => e.Attribute("Condition") is null && e.Parent?.Attribute("Condition") is null
                        && e.Parent?.Name.LocalName == "PropertyGroup")
            .Select(e => e.Value.Trim())
            .LastOrDefault();

    private static string? Literal(string? value) =>
        string.IsNullOrEmpty(value) || value.Contains("$(", StringComparison.Ordinal) ? null : value;

    private static ImmutableArray<string> Symbols(string? value) =>
        value is null
            ? []
            : [.. value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(s => !s.Contains("$(", StringComparison.Ordinal))];
}
