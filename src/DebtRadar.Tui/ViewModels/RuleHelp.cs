using System.Globalization;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Reports;

namespace DebtRadar.Tui.ViewModels;

/// <summary>A finding with its rule: why it is debt and what compliant code looks like.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Rule">Its catalog entry; null for a rule this build does not know.</param>
/// <param name="Location"><c>path:line</c>.</param>
public sealed record RuleHelp(Finding Finding, RuleDefinition? Rule, string Location)
{
    public string Title => Rule is null ? Finding.RuleId : $"{Rule.Id} {Rule.Name}: {Rule.Title}";

    /// <summary>The text of the help screen, as <c>debtradar rules show</c> lays it out, with the finding first.</summary>
    public IReadOnlyList<string> Lines()
    {
        var invariant = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            TextSafety.ForConsole(Location),
            string.Create(invariant, $"{Finding.Severity.ToString().ToLowerInvariant()} · {Finding.Category} · {Finding.RemediationMinutes:0} min to fix"),
            TextSafety.ForConsole(Finding.Message),
            string.Empty,
        };
        if (Rule is null)
        {
            lines.Add($"No rule {Finding.RuleId} in this build's catalog.");
            return lines;
        }

        lines.Add(Rule.Title);
        lines.Add(string.Create(invariant, $"remediation: {Rule.Remediation.BaseMinutes} min + {Rule.Remediation.MinutesPerUnit} min per unit over the threshold"));
        foreach (var (name, value) in Rule.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            lines.Add(string.Create(invariant, $"parameter {name} = {value}"));
        }

        lines.Add(string.Empty);
        lines.AddRange(Rule.Rationale.Split('\n'));
        lines.AddRange(Rule.References.Select(r => "  see: " + r));
        if (Rule.Examples is { } examples)
        {
            lines.Add(string.Empty);
            lines.Add("non-compliant:");
            lines.AddRange(examples.NonCompliant.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal).TrimEnd().Split('\n'));
            lines.Add(string.Empty);
            lines.Add("compliant:");
            lines.AddRange(examples.Compliant.TrimEnd().Split('\n'));
        }

        return lines;
    }
}
