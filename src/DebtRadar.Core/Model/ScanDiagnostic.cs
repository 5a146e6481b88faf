namespace DebtRadar.Core.Model;

/// <summary>
/// An expected problem met while loading or measuring (a project that will not load, a file that
/// will not parse): data, never an exception.
/// </summary>
/// <param name="Severity">How much was lost.</param>
/// <param name="Code">A stable identifier, e.g. <c>load.project-failed</c>, <c>parse.syntax-errors</c>.</param>
/// <param name="Message">One line a user can act on.</param>
/// <param name="Path">The file or project concerned, repository-relative where possible; null for the whole scan.</param>
public sealed record ScanDiagnostic(DiagnosticSeverity Severity, string Code, string Message, string? Path = null);
