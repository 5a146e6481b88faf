using System.Collections.Immutable;

namespace DebtRadar.Cli.Configuration;

/// <summary>
/// <c>dotnet_diagnostic.DR####.severity</c> entries of one <c>.editorconfig</c>, from the sections
/// that apply to every C# file (<c>[*]</c>, <c>[*.cs]</c>, <c>[*.{cs,…}]</c>, <c>[**.cs]</c>,
/// <c>[**/*.cs]</c>); later entries win, as in editorconfig. Sections for sub-folders are not
/// applied per file (documented in docs/rules.md).
/// </summary>
internal static class EditorConfigSeverities
{
    public static ImmutableDictionary<string, string> Read(string path)
    {
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return result.ToImmutable();
        }

        var applies = true; // properties before any section belong to the preamble (root = true): ignore them below
        var inPreamble = true;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                inPreamble = false;
                applies = AppliesToAllCSharp(line[1..^1].Trim());
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (inPreamble || !applies || equals < 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            const string prefix = "dotnet_diagnostic.";
            const string suffix = ".severity";
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var id = key[prefix.Length..^suffix.Length];
                if (id.StartsWith("DR", StringComparison.OrdinalIgnoreCase))
                {
                    result[id.ToUpperInvariant()] = line[(equals + 1)..].Split('#', ';')[0].Trim();
                }
            }
        }

        return result.ToImmutable();
    }

    private static bool AppliesToAllCSharp(string glob) =>
        glob is "*" or "*.cs" or "**.cs" or "**/*.cs" or "**"
        || (glob.StartsWith("*.{", StringComparison.Ordinal) && glob.EndsWith('}') && glob[3..^1].Split(',').Any(e => e.Trim() == "cs"));
}
