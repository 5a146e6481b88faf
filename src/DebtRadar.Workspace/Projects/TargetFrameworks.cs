using System.Text.RegularExpressions;

namespace DebtRadar.Workspace.Projects;

/// <summary>Chooses which framework of a multi-targeted project is measured.</summary>
internal static partial class TargetFrameworks
{
    /// <summary>
    /// The requested framework when the project has it, else the newest: any .NET 5+ or .NET Core
    /// beats .NET Standard, which beats .NET Framework; within a family the higher version wins,
    /// and a plain framework beats its platform variant (<c>net8.0</c> over <c>net8.0-windows</c>).
    /// </summary>
    public static string Choose(IReadOnlyCollection<string> available, string? requested)
    {
        if (requested is not null)
        {
            var match = available.FirstOrDefault(f => f.Equals(requested, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }

        return available
            .OrderByDescending(Rank)
            .ThenBy(f => f.Contains('-', StringComparison.Ordinal))
            .ThenBy(f => f, StringComparer.Ordinal)
            .First();
    }

    /// <summary>A sortable (family, version) for a framework moniker; unknown monikers rank lowest.</summary>
    public static (int Family, Version Version) Rank(string moniker)
    {
        var plain = moniker.Split('-')[0].ToUpperInvariant();
        var modern = Modern().Match(plain);
        if (modern.Success)
        {
            return (3, Version.Parse(modern.Groups["v"].Value));
        }

        var standard = Standard().Match(plain);
        if (standard.Success)
        {
            return (2, Version.Parse(standard.Groups["v"].Value));
        }

        var framework = Framework().Match(plain);
        if (framework.Success)
        {
            var digits = framework.Groups["v"].Value;
            return (1, new Version(digits[0] - '0', digits[1] - '0', digits.Length > 2 ? digits[2] - '0' : 0));
        }

        return (0, new Version(0, 0));
    }

    /// <summary>The framework in a Roslyn project name such as <c>Lib(net8.0)</c>, or null.</summary>
    public static string? FromProjectName(string projectName)
    {
        var match = NameSuffix().Match(projectName);
        return match.Success ? match.Groups["tfm"].Value : null;
    }

    /// <summary>The framework folder of an SDK-style output path (<c>bin/Debug/net8.0/Lib.dll</c>), or null.</summary>
    public static string? FromOutputPath(string? outputFilePath)
    {
        var folder = outputFilePath is null ? null : Path.GetFileName(Path.GetDirectoryName(outputFilePath));
        return folder is not null && Rank(folder).Family > 0 ? folder : null;
    }

    [GeneratedRegex(@"^(?:NET|NETCOREAPP)(?<v>\d+\.\d+)$")]
    private static partial Regex Modern();

    [GeneratedRegex(@"^NETSTANDARD(?<v>\d+\.\d+)$")]
    private static partial Regex Standard();

    [GeneratedRegex(@"^NET(?<v>[1-4]\d{1,2})$")]
    private static partial Regex Framework();

    [GeneratedRegex(@"\((?<tfm>[A-Za-z0-9.\-]+)\)$")]
    private static partial Regex NameSuffix();
}
