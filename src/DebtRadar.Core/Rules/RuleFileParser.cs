using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules;

/// <summary>
/// Reads one rule file. Every problem comes back as a <see cref="RuleLoadError"/> naming the file
/// and the field, never as an exception: a bad rule file is expected user input.
/// </summary>
public static partial class RuleFileParser
{
    /// <summary>The categories of the catalog (rules/schema.json).</summary>
    public static ImmutableArray<string> Categories { get; } =
        ["complexity", "size", "coupling", "cohesion", "inheritance", "async", "exceptions", "performance", "design", "maintainability"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses <paramref name="json"/>, the text of <paramref name="file"/>.</summary>
    /// <returns>The rule, or null and at least one error.</returns>
    public static (RuleDefinition? Rule, ImmutableArray<RuleLoadError> Errors) Parse(string file, string json)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(json);
        var errors = ImmutableArray.CreateBuilder<RuleLoadError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            return (null, [new RuleLoadError(file, string.Empty, $"not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new RuleLoadError(file, string.Empty, "a rule file holds one JSON object")]);
            }

            var reader = new FieldReader(file, errors);
            var id = reader.Text(root, "id", required: true);
            if (id.Length > 0 && !IdPattern().IsMatch(id))
            {
                errors.Add(new RuleLoadError(file, "id", $"'{id}' is not a rule id like DR1001"));
            }

            var name = reader.Text(root, "name", required: true);
            if (name.Length > 0 && !KebabPattern().IsMatch(name))
            {
                errors.Add(new RuleLoadError(file, "name", $"'{name}' is not kebab-case"));
            }

            var category = reader.Text(root, "category", required: true);
            if (category.Length > 0 && !Categories.Contains(category))
            {
                errors.Add(new RuleLoadError(file, "category", $"'{category}' is not one of {string.Join(", ", Categories)}"));
            }

            var scope = reader.Enum<RuleScope>(root, "scope", RuleScope.Member);
            var severity = reader.Severity(root, "severity");
            var parameters = reader.Numbers(root, "parameters");
            var remediation = ReadRemediation(root, reader);
            var examples = ReadExamples(root, reader);
            var kind = reader.Text(root, "kind", required: false);
            if (kind.Length > 0 && kind is not ("banned-api" or "metric-threshold"))
            {
                errors.Add(new RuleLoadError(file, "kind", $"'{kind}' is not banned-api or metric-threshold"));
            }

            var rule = new RuleDefinition(
                id, name, reader.Text(root, "title", required: true), category, scope, severity, parameters, remediation,
                reader.Text(root, "rationale", required: true), reader.Texts(root, "references"), examples, file)
            {
                Kind = kind.Length == 0 ? null : kind,
                Metric = reader.Text(root, "metric", required: kind == "metric-threshold") is { Length: > 0 } metric ? metric : null,
                BannedSymbols = reader.Texts(root, "bannedSymbols"),
            };
            return errors.Count == 0 ? (rule, []) : (null, errors.ToImmutable());
        }
    }

    /// <summary>Whether <paramref name="fileName"/> follows <c>DR####.kebab-name.json</c> and agrees with the rule inside.</summary>
    public static RuleLoadError? CheckFileName(string fileName, RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var expected = $"{rule.Id}.{rule.Name}.json";
        return string.Equals(Path.GetFileName(fileName), expected, StringComparison.Ordinal)
            ? null
            : new RuleLoadError(fileName, "id", $"file name should be {expected}");
    }

    private static RemediationCost ReadRemediation(JsonElement root, FieldReader reader)
    {
        if (!reader.Object(root, "remediation", required: true, out var remediation))
        {
            return new RemediationCost(0, 0);
        }

        return new RemediationCost(
            reader.Number(remediation, "baseMinutes", "remediation.baseMinutes", required: true),
            reader.Number(remediation, "minutesPerUnit", "remediation.minutesPerUnit", required: false));
    }

    private static RuleExamples? ReadExamples(JsonElement root, FieldReader reader)
    {
        if (!reader.Object(root, "examples", required: false, out var examples))
        {
            return null;
        }

        return new RuleExamples(
            reader.Text(examples, "nonCompliant", required: true, "examples.nonCompliant"),
            reader.Text(examples, "compliant", required: true, "examples.compliant"),
            reader.Numbers(examples, "parameters", "examples.parameters"));
    }

    [GeneratedRegex("^[A-Z]{2,4}[0-9]{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabPattern();
}
