using System.Text.Json;
using DebtRadar.Cli.Gate;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Rules;

namespace DebtRadar.Cli.Configuration;

/// <summary>The <c>gate</c> section of <c>debtradar.json</c> (rules/debtradar.schema.json); a bad field is a problem line and is ignored.</summary>
internal static class GateConfigurationReader
{
    public static GateSettings Read(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("gate", out var gate))
        {
            return GateSettings.Default;
        }

        if (gate.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{ConfigurationReader.FileName}: gate: must be an object");
            return GateSettings.Default;
        }

        string? baseline = null;
        if (gate.TryGetProperty("baseline", out var b))
        {
            baseline = b.ValueKind switch
            {
                JsonValueKind.String => b.GetString(),
                JsonValueKind.Number when b.TryGetInt32(out var id) && id > 0 => b.GetRawText(),
                _ => Problem<string>(problems, "baseline", "must be a snapshot id or a git ref"),
            };
        }

        var conditions = new GateConditions(
            Number(gate, "maxNewDebtMinutes", problems),
            Integer(gate, "maxNewFindings", problems),
            Text(gate, "minRating", problems) is { } rating ? ParseRating(rating, problems) : null,
            Integer(gate, "maxCcIncrease", problems),
            Text(gate, "failOnSeverity", problems) is { } severity ? ParseSeverity(severity, problems) : null);
        return new GateSettings(baseline, conditions);
    }

    public static DebtRating? ParseRating(string text, List<string>? problems = null)
    {
        if (text.Length == 1 && Enum.TryParse<DebtRating>(text, ignoreCase: true, out var rating) && Enum.IsDefined(rating))
        {
            return rating;
        }

        problems?.Add($"{ConfigurationReader.FileName}: gate.minRating: '{text}' is not A, B, C, D or E");
        return null;
    }

    private static Core.Model.FindingSeverity? ParseSeverity(string text, List<string> problems)
    {
        if (SeverityNames.TryParse(text) is { } severity)
        {
            return severity;
        }

        problems.Add($"{ConfigurationReader.FileName}: gate.failOnSeverity: '{text}' is not suggestion, warning or error");
        return null;
    }

    private static double? Number(JsonElement gate, string name, List<string> problems) =>
        !gate.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.GetDouble() >= 0 ? value.GetDouble()
        : Problem<double?>(problems, name, "must be a number of at least 0");

    private static int? Integer(JsonElement gate, string name, List<string> problems) =>
        !gate.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0 ? n
        : Problem<int?>(problems, name, "must be a whole number of at least 0");

    private static string? Text(JsonElement gate, string name, List<string> problems) =>
        !gate.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : Problem<string>(problems, name, "must be a string");

    private static T? Problem<T>(List<string> problems, string field, string message)
    {
        problems.Add($"{ConfigurationReader.FileName}: gate.{field}: {message}");
        return default;
    }
}
