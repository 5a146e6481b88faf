using System.Globalization;
using DebtRadar.Core.Rules;
using DebtRadar.Reports.Markdown;

namespace DebtRadar.Reports.Sarif;

/// <summary>A rule's help, from its catalog entry: title, rationale, parameters, cost, references.</summary>
internal static class RuleHelp
{
    public static string Text(RuleDefinition rule)
    {
        var lines = new List<string> { rule.Title, string.Empty, rule.Rationale };
        if (!rule.Parameters.IsEmpty)
        {
            lines.Add(string.Empty);
            lines.Add("Parameters: " + Parameters(rule));
        }

        lines.Add(string.Empty);
        lines.Add("Remediation: " + Cost(rule));
        if (!rule.References.IsEmpty)
        {
            lines.Add(string.Empty);
            lines.Add("References:");
            lines.AddRange(rule.References.Select(r => "- " + r));
        }

        return string.Join('\n', lines);
    }

    public static string Markdown(RuleDefinition rule)
    {
        var lines = new List<string>
        {
            $"**{rule.Id} {MarkdownText.Escape(rule.Name)}**: {MarkdownText.Escape(rule.Title)}",
            string.Empty,
            MarkdownText.Escape(rule.Rationale),
        };
        if (!rule.Parameters.IsEmpty)
        {
            lines.Add(string.Empty);
            lines.Add("Parameters: " + MarkdownText.Escape(Parameters(rule)));
        }

        lines.Add(string.Empty);
        lines.Add("Remediation: " + MarkdownText.Escape(Cost(rule)));
        if (!rule.References.IsEmpty)
        {
            lines.Add(string.Empty);
            lines.Add("References:");
            lines.AddRange(rule.References.Select(r => r.StartsWith("https://", StringComparison.Ordinal) ? $"- <{r}>" : "- " + MarkdownText.Escape(r)));
        }

        lines.Add(string.Empty);
        lines.Add($"Suppress with `#pragma warning disable {rule.Id}` or in `debtradar.json`.");
        return string.Join('\n', lines);
    }

    private static string Parameters(RuleDefinition rule) =>
        string.Join(", ", rule.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} = {p.Value}")));

    private static string Cost(RuleDefinition rule) => rule.Remediation.MinutesPerUnit == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{rule.Remediation.BaseMinutes} min per finding")
        : string.Create(CultureInfo.InvariantCulture, $"{rule.Remediation.BaseMinutes} min + {rule.Remediation.MinutesPerUnit} min per unit over the threshold");
}
