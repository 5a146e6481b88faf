using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules;

/// <summary>The editorconfig spelling of severities: suggestion, warning, error; none and silent turn a rule off.</summary>
public static class SeverityNames
{
    /// <summary>The severity named <paramref name="text"/>, or null for an unknown name.</summary>
    public static FindingSeverity? TryParse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "suggestion" or "info" => FindingSeverity.Suggestion,
        "warning" => FindingSeverity.Warning,
        "error" => FindingSeverity.Error,
        _ => null,
    };

    /// <summary>Whether <paramref name="text"/> turns a rule off (<c>none</c>, <c>silent</c>).</summary>
    public static bool IsOff(string text) => text?.Trim().ToLowerInvariant() is "none" or "silent";

    /// <summary>The lower-case name of a severity.</summary>
    public static string Name(FindingSeverity severity) => severity.ToString().ToLowerInvariant();
}
