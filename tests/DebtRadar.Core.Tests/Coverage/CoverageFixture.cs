namespace DebtRadar.Core.Tests.Coverage;

/// <summary>tests/TestAssets/Coverage: a tiny library, its tests, and the reports coverlet wrote for them.</summary>
internal static class CoverageFixture
{
    public static string Directory { get; } = Locate();

    public static string PricingPath => "tests/TestAssets/Coverage/Calculator/Pricing.cs";

    public static string PricingSource => File.ReadAllText(Path.Combine(Directory, "Calculator", "Pricing.cs"));

    public static Stream Report(string name) => File.OpenRead(Path.Combine(Directory, "reports", name));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "TestAssets", "Coverage");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/TestAssets/Coverage not found above " + AppContext.BaseDirectory);
    }
}
