using System.Globalization;
using System.Runtime.CompilerServices;

namespace DebtRadar.Reports.Tests.Golden;

/// <summary>
/// Compares writer output with a reviewed file in this folder. Set DEBTRADAR_UPDATE_GOLDEN=1 to
/// rewrite the files from the current output (then review the diff before committing).
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, name);
        if (Environment.GetEnvironmentVariable("DEBTRADAR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file missing: {path} (run with DEBTRADAR_UPDATE_GOLDEN=1 once and review it)");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    /// <summary>Runs <paramref name="write"/> with the current culture set to <paramref name="culture"/> ("" is the invariant culture).</summary>
    public static string Under(string culture, Action<TextWriter> write)
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            using var writer = new StringWriter(CultureInfo.CurrentCulture);
            write(writer);
            return writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
