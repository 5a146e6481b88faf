using System.Globalization;

namespace DebtRadar.Core.Tests.Metrics.Sonar;

/// <summary>The S3776 golden fixture: its sources and the values SonarAnalyzer 9.32 reported for them.</summary>
internal static class GoldenFixture
{
    public static string Directory { get; } = Locate();

    public static IEnumerable<string> SourceFiles() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.cs").Order(StringComparer.Ordinal);

    /// <summary>Rows of expected-s3776.csv: file, line, column (1-based), what Sonar calls it, value.</summary>
    public static IReadOnlyList<(string File, int Line, int Column, string What, int Value)> Expected() =>
        File.ReadLines(Path.Combine(Directory, "expected-s3776.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture), p[3], int.Parse(p[4], CultureInfo.InvariantCulture)))
            .ToList();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "TestAssets", "Golden", "Cognitive");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/TestAssets/Golden/Cognitive not found above " + AppContext.BaseDirectory);
    }
}
