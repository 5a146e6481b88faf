using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DebtRadar.Workspace.Files;

namespace DebtRadar.Workspace.Projects;

/// <summary>Lists the C# projects of a solution by reading its text; runs no MSBuild.</summary>
internal static partial class SolutionFileReader
{
    /// <summary>Absolute paths of the <c>.csproj</c> entries, in file order, or an error message.</summary>
    public static (ImmutableArray<string> Projects, string? Error) ReadProjects(string solutionPath)
    {
        try
        {
            var folder = Path.GetDirectoryName(solutionPath)!;
            var entries = solutionPath.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
                ? ReadSlnx(solutionPath)
                : ReadSln(solutionPath);
            var projects = entries
                .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                .Select(p => PathText.Normalize(Path.Combine(folder, p.Replace('\\', '/'))))
                .Distinct(PathText.Comparer);
            return ([.. projects], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            return ([], e.Message);
        }
    }

    private static IEnumerable<string> ReadSlnx(string path) =>
        XDocument.Load(path).Descendants()
            .Where(e => e.Name.LocalName == "Project")
            .Select(e => (string?)e.Attribute("Path"))
            .OfType<string>();

    private static IEnumerable<string> ReadSln(string path) =>
        File.ReadLines(path)
            .Select(line => SlnProjectLine().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups["path"].Value);

    [GeneratedRegex("""^\s*Project\("\{[^}]*\}"\)\s*=\s*"[^"]*"\s*,\s*"(?<path>[^"]*)"\s*,""")]
    private static partial Regex SlnProjectLine();
}
