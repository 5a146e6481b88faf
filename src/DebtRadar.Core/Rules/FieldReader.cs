using System.Collections.Immutable;
using System.Text.Json;
using DebtRadar.Core.Model;

namespace DebtRadar.Core.Rules;

/// <summary>Reads typed fields of a JSON object, recording a precise error for each missing or mistyped one.</summary>
internal sealed class FieldReader(string file, ImmutableArray<RuleLoadError>.Builder errors)
{
    public string Text(JsonElement obj, string name, bool required, string? path = null)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            if (required)
            {
                errors.Add(new RuleLoadError(file, path ?? name, "is required"));
            }

            return string.Empty;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new RuleLoadError(file, path ?? name, $"must be a string, not {Describe(value)}"));
            return string.Empty;
        }

        var text = value.GetString() ?? string.Empty;
        if (required && text.Trim().Length == 0)
        {
            errors.Add(new RuleLoadError(file, path ?? name, "must not be empty"));
        }

        return text;
    }

    public ImmutableArray<string> Texts(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            errors.Add(new RuleLoadError(file, name, "must be an array of strings"));
            return [];
        }

        return [.. value.EnumerateArray().Select(e => e.GetString()!)];
    }

    public double Number(JsonElement obj, string name, string path, bool required)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            if (required)
            {
                errors.Add(new RuleLoadError(file, path, "is required"));
            }

            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || value.GetDouble() < 0)
        {
            errors.Add(new RuleLoadError(file, path, $"must be a number of at least 0, not {Describe(value)}"));
            return 0;
        }

        return value.GetDouble();
    }

    public ImmutableDictionary<string, double> Numbers(JsonElement obj, string name, string? path = null)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return ImmutableDictionary<string, double>.Empty;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RuleLoadError(file, path ?? name, $"must be an object of numbers, not {Describe(value)}"));
            return ImmutableDictionary<string, double>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Number)
            {
                errors.Add(new RuleLoadError(file, $"{path ?? name}.{property.Name}", $"must be a number, not {Describe(property.Value)}"));
                continue;
            }

            builder[property.Name] = property.Value.GetDouble();
        }

        return builder.ToImmutable();
    }

    public bool Object(JsonElement obj, string name, bool required, out JsonElement value)
    {
        if (!obj.TryGetProperty(name, out value))
        {
            if (required)
            {
                errors.Add(new RuleLoadError(file, name, "is required"));
            }

            return false;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RuleLoadError(file, name, $"must be an object, not {Describe(value)}"));
            return false;
        }

        return true;
    }

    public T Enum<T>(JsonElement obj, string name, T fallback)
        where T : struct, Enum
    {
        var text = Text(obj, name, required: true);
        if (text.Length == 0)
        {
            return fallback;
        }

        if (System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && !int.TryParse(text, out _))
        {
            return parsed;
        }

        errors.Add(new RuleLoadError(file, name, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}"));
        return fallback;
    }

    public FindingSeverity Severity(JsonElement obj, string name)
    {
        var text = Text(obj, name, required: true);
        if (text.Length == 0)
        {
            return FindingSeverity.Warning;
        }

        if (SeverityNames.TryParse(text) is { } severity)
        {
            return severity;
        }

        errors.Add(new RuleLoadError(file, name, $"'{text}' is not suggestion, warning or error"));
        return FindingSeverity.Warning;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
