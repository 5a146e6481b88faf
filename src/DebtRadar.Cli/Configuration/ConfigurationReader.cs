using System.Collections.Immutable;
using System.Text.Json;
using DebtRadar.Cli.Gate;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DebtRadar.Cli.Configuration;

/// <summary>
/// Reads <c>debtradar.json</c> (rules, cost model, include/exclude globs, user rule folders) and
/// the repository root's <c>.editorconfig</c> (<c>dotnet_diagnostic.DR####.severity</c>).
/// A missing file means defaults; a bad one gives problem lines naming file and field.
/// </summary>
internal static class ConfigurationReader
{
    public const string FileName = "debtradar.json";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static RepositoryConfiguration Read(string repositoryRoot)
    {
        var problems = new List<string>();
        var catalog = RuleCatalog.BuiltIn;
        var configuration = new RuleConfiguration { EditorConfigSeverities = EditorConfigSeverities.Read(Path.Combine(repositoryRoot, ".editorconfig")) };
        var cost = new CostModel();
        var gate = GateSettings.Default;
        var path = Path.Combine(repositoryRoot, FileName);
        if (File.Exists(path))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path), Options);
                var root = document.RootElement;
                configuration = configuration with { Rules = ReadRules(root, problems) };
                cost = ReadCost(root, cost, problems);
                configuration = WithGlobs(configuration, root, problems);
                catalog = catalog.With(ReadRuleFolders(repositoryRoot, root, problems));
                gate = GateConfigurationReader.Read(root, problems);
            }
            catch (JsonException e)
            {
                problems.Add($"{FileName}: not valid JSON: {e.Message}");
            }
        }

        problems.AddRange(catalog.Errors.Select(e => e.ToString()));
        return new RepositoryConfiguration(RuleSet.Create(catalog, configuration), catalog, cost, problems) { Gate = gate };
    }

    private static ImmutableDictionary<string, RuleOverride> ReadRules(JsonElement root, List<string> problems)
    {
        var result = ImmutableDictionary.CreateBuilder<string, RuleOverride>(StringComparer.OrdinalIgnoreCase);
        if (!root.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Object)
        {
            return result.ToImmutable();
        }

        foreach (var rule in rules.EnumerateObject())
        {
            var field = $"rules.{rule.Name}";
            bool? enabled = null;
            FindingSeverity? severity = null;
            var parameters = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
            if (rule.Value.ValueKind == JsonValueKind.False || rule.Value.ValueKind == JsonValueKind.True)
            {
                enabled = rule.Value.GetBoolean();
            }
            else if (rule.Value.ValueKind == JsonValueKind.String)
            {
                (enabled, severity) = Severity(rule.Value.GetString()!, field, problems);
            }
            else if (rule.Value.ValueKind == JsonValueKind.Object)
            {
                if (rule.Value.TryGetProperty("enabled", out var on))
                {
                    enabled = on.ValueKind is JsonValueKind.True or JsonValueKind.False ? on.GetBoolean() : Problem<bool?>(problems, $"{field}.enabled", "must be true or false");
                }

                if (rule.Value.TryGetProperty("severity", out var level))
                {
                    var (off, parsed) = Severity(level.ValueKind == JsonValueKind.String ? level.GetString()! : level.GetRawText(), $"{field}.severity", problems);
                    enabled = off ?? enabled;
                    severity = parsed;
                }

                if (rule.Value.TryGetProperty("parameters", out var values) && values.ValueKind == JsonValueKind.Object)
                {
                    foreach (var value in values.EnumerateObject())
                    {
                        if (value.Value.ValueKind == JsonValueKind.Number)
                        {
                            parameters[value.Name] = value.Value.GetDouble();
                        }
                        else
                        {
                            problems.Add($"{FileName}: {field}.parameters.{value.Name}: must be a number");
                        }
                    }
                }
            }
            else
            {
                problems.Add($"{FileName}: {field}: must be true, false, a severity or an object");
            }

            result[rule.Name] = new RuleOverride(enabled, severity, parameters.ToImmutable());
        }

        return result.ToImmutable();
    }

    private static (bool? Enabled, FindingSeverity? Severity) Severity(string text, string field, List<string> problems)
    {
        if (SeverityNames.IsOff(text))
        {
            return (false, null);
        }

        if (SeverityNames.TryParse(text) is { } severity)
        {
            return (null, severity);
        }

        problems.Add($"{FileName}: {field}: '{text}' is not none, suggestion, warning or error");
        return (null, null);
    }

    private static CostModel ReadCost(JsonElement root, CostModel cost, List<string> problems)
    {
        if (!root.TryGetProperty("costModel", out var model) || model.ValueKind != JsonValueKind.Object)
        {
            return cost;
        }

        double Number(string name, double fallback)
        {
            if (!model.TryGetProperty(name, out var value))
            {
                return fallback;
            }

            if (value.ValueKind == JsonValueKind.Number && value.GetDouble() >= 0)
            {
                return value.GetDouble();
            }

            problems.Add($"{FileName}: costModel.{name}: must be a number of at least 0");
            return fallback;
        }

        return cost with
        {
            MinutesPerLine = Number("minutesPerLine", cost.MinutesPerLine),
            MinutesPerChange = Number("minutesPerChange", cost.MinutesPerChange),
            PenaltyLow = Number("penaltyLow", cost.PenaltyLow),
            PenaltyHigh = Number("penaltyHigh", cost.PenaltyHigh),
            PriorChangesLow = Number("priorChangesPerYearLow", cost.PriorChangesLow),
            PriorChangesHigh = Number("priorChangesPerYearHigh", cost.PriorChangesHigh),
        };
    }

    private static RuleConfiguration WithGlobs(RuleConfiguration configuration, JsonElement root, List<string> problems)
    {
        var include = Strings(root, "include", problems);
        var exclude = Strings(root, "exclude", problems);
        if (include.IsEmpty && exclude.IsEmpty)
        {
            return configuration;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include.IsEmpty ? ["**/*"] : include);
        matcher.AddExcludePatterns(exclude);
        return configuration with { Include = include, Exclude = exclude, PathFilter = p => matcher.Match(p).HasMatches };
    }

    private static IEnumerable<(string File, string Json)> ReadRuleFolders(string repositoryRoot, JsonElement root, List<string> problems)
    {
        foreach (var folder in Strings(root, "ruleFolders", problems))
        {
            var full = Path.GetFullPath(Path.Combine(repositoryRoot, folder));
            if (!Directory.Exists(full))
            {
                problems.Add($"{FileName}: ruleFolders: '{folder}' is not a folder");
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(full, "*.json").Where(f => Path.GetFileName(f) != "schema.json").Order(StringComparer.Ordinal))
            {
                yield return (Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/'), File.ReadAllText(file));
            }
        }
    }

    private static ImmutableArray<string> Strings(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            problems.Add($"{FileName}: {name}: must be an array of strings");
            return [];
        }

        return [.. value.EnumerateArray().Select(e => e.GetString()!)];
    }

    private static T? Problem<T>(List<string> problems, string field, string message)
    {
        problems.Add($"{FileName}: {field}: {message}");
        return default;
    }
}
