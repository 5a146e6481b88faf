using System.Text.RegularExpressions;
using DebtRadar.Core.Model;
using DebtRadar.Workspace.Files;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = DebtRadar.Core.Model.DiagnosticSeverity;

namespace DebtRadar.Workspace.MSBuild;

/// <summary>
/// MSBuildWorkspace reports everything it meets as "failures", NuGet's routine warnings
/// included. This sorts them into what a user should act on and what is noise.
/// </summary>
internal static partial class WorkspaceDiagnosticClassifier
{
    public static ScanDiagnostic Classify(WorkspaceDiagnosticKind kind, string message, string repositoryRoot)
    {
        var firstLine = message.Split('\n', 2)[0].Trim();
        var path = ProjectPath(message) is { } full ? PathText.Relative(repositoryRoot, full) : null;
        if (NotRestored().IsMatch(message))
        {
            return new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.NotRestored, firstLine, path);
        }

        if (message.Contains("reference assemblies for", StringComparison.OrdinalIgnoreCase))
        {
            return new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.TargetingPackMissing, firstLine, path);
        }

        if (NuGetCode().IsMatch(message))
        {
            return new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.NuGetWarning, firstLine, path);
        }

        return kind == WorkspaceDiagnosticKind.Warning
            ? new ScanDiagnostic(DiagnosticSeverity.Info, LoadDiagnosticCodes.WorkspaceWarning, firstLine, path)
            : new ScanDiagnostic(DiagnosticSeverity.Warning, LoadDiagnosticCodes.WorkspaceFailure, firstLine, path);
    }

    /// <summary>The first absolute project file path a message names, or null.</summary>
    public static string? ProjectPath(string message)
    {
        var match = QuotedProject().Match(message);
        return match.Success ? match.Groups["path"].Value : null;
    }

    [GeneratedRegex(@"NETSDK1004|NETSDK1005|project\.assets\.json|Run a NuGet package restore", RegexOptions.IgnoreCase)]
    private static partial Regex NotRestored();

    // NU1603's text arrives without its code: "A depends on B (>= 1.0) but B 1.0 was not found. B 1.1 was resolved instead."
    [GeneratedRegex(@"\bNU\d{4}\b|\bdepends on .+ but .+ was not found\b")]
    private static partial Regex NuGetCode();

    [GeneratedRegex(@"(?<path>(?:/|[A-Za-z]:\\)[^'""\r\n]*?\.(?:cs|vb|fs)proj)\b")]
    private static partial Regex QuotedProject();
}
