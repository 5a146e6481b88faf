using System.Globalization;
using DebtRadar.Tui.Data;

namespace DebtRadar.Tui.ViewModels;

/// <summary>Afferent coupling of a file: how many types elsewhere reference a type declared in it (from the stored type fragments).</summary>
internal static class BlastRadius
{
    public static int Of(SnapshotView snapshot, string path)
    {
        var file = snapshot.Files.FirstOrDefault(f => f.Path == path);
        if (file is null || file.Types.IsEmpty)
        {
            return 0;
        }

        var declared = file.Types.Select(t => Plain(t.Name)).ToHashSet(StringComparer.Ordinal);
        return snapshot.Files
            .Where(f => f.Path != path)
            .SelectMany(f => f.Types)
            .Where(t => t.CoupledTypes.Any(r => declared.Contains(Plain(r.Name))))
            .Select(t => t.Name)
            .Distinct(StringComparer.Ordinal)
            .Count();
    }

    public static string Describe(SnapshotView snapshot, string path) => string.Create(
        CultureInfo.InvariantCulture,
        $"blast radius    {Of(snapshot, path)} types in other files use a type declared here (afferent coupling{(snapshot.Info.Metadata.Mode == Core.Model.AnalysisMode.Full ? string.Empty : ", syntax approximation")})");

    /// <summary>Generic arity and arguments dropped, nested types joined with '.', so references and declarations compare.</summary>
    private static string Plain(string name)
    {
        var cut = name.IndexOfAny(['<', '`']);
        return (cut < 0 ? name : name[..cut]).Replace('+', '.');
    }
}
