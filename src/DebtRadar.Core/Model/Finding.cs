namespace DebtRadar.Core.Model;

/// <summary>How much a finding matters, in the .NET analyzer vocabulary (editorconfig severities).</summary>
public enum FindingSeverity
{
    /// <summary>Shown, never fails a gate.</summary>
    Suggestion,
    /// <summary>Worth fixing.</summary>
    Warning,
    /// <summary>Fails a gate configured with <c>--fail-on-severity error</c>.</summary>
    Error,
}

/// <summary>A rule's verdict on one place in the code, with what fixing it costs.</summary>
/// <param name="RuleId">The rule, e.g. <c>DR1001</c>.</param>
/// <param name="Severity">Effective severity after configuration.</param>
/// <param name="Category">The rule's category (complexity, async, exceptions…).</param>
/// <param name="Path">Repository-relative file path.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Type">Namespace-qualified type it concerns, or null.</param>
/// <param name="Member">Member it concerns (as in the member CSV), or null.</param>
/// <param name="Message">One line a developer can act on.</param>
/// <param name="RemediationMinutes">Estimated minutes to fix: base + per unit over the threshold.</param>
/// <param name="Fingerprint">Identity that survives line moves (rule, path, type, member, normalised code), for "new" vs "existing".</param>
public sealed record Finding(
    string RuleId,
    FindingSeverity Severity,
    string Category,
    string Path,
    int Line,
    int Column,
    string? Type,
    string? Member,
    string Message,
    double RemediationMinutes,
    string Fingerprint);
