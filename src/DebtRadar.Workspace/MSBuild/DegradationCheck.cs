using System.Collections.Frozen;
using Microsoft.CodeAnalysis;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// Decides whether a compilation's references resolved well enough for exact semantic metrics.
/// Criterion (docs/loading.md): Degraded when the core library is missing (CS0518), or when at
/// least <see cref="FileShare"/> of the measured files have an unresolved type or namespace in
/// their declarations (usings, base types, signatures, fields). Declaration diagnostics are
/// used, not full ones, because binding every method body here would double the scan's cost.
/// </summary>
internal static class DegradationCheck
{
    public const double FileShare = 0.05;

    private static readonly FrozenSet<string> Unresolved = FrozenSet.Create(
        StringComparer.Ordinal,
        "CS0246", // type or namespace not found
        "CS0234", // type or namespace not in namespace (missing assembly)
        "CS0012", // type defined in an assembly that is not referenced
        "CS0518"); // predefined type (System.Object…) not defined

    public sealed record Outcome(bool Degraded, int Errors, int Files, string? Example);

    public static Outcome Evaluate(Compilation compilation, IReadOnlyCollection<string> measuredPaths, CancellationToken cancellationToken)
    {
        var errors = compilation.GetDeclarationDiagnostics(cancellationToken)
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && Unresolved.Contains(d.Id))
            .ToList();
        var files = errors.Select(d => d.Location.SourceTree?.FilePath)
            .OfType<string>()
            .Where(measuredPaths.Contains)
            .Distinct(StringComparer.Ordinal)
            .Count();
        var coreMissing = errors.Any(d => d.Id == "CS0518");
        var threshold = Math.Max(1, (int)Math.Ceiling(FileShare * measuredPaths.Count));
        var degraded = coreMissing || files >= threshold;
        return new Outcome(degraded, errors.Count, files, errors.FirstOrDefault()?.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
