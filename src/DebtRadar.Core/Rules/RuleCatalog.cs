using System.Collections.Immutable;
using System.Reflection;

namespace DebtRadar.Core.Rules;

/// <summary>
/// The rules known to a scan: the built-in catalog (embedded in this assembly from <c>rules/</c>)
/// plus any rule files the user added. Load problems are returned, not thrown.
/// </summary>
public sealed class RuleCatalog
{
    private const string ResourcePrefix = "DebtRadar.Rules.";

    private static readonly Lazy<RuleCatalog> BuiltInCatalog = new(LoadBuiltIn);

    private RuleCatalog(ImmutableArray<RuleDefinition> rules, ImmutableArray<RuleLoadError> errors)
    {
        Rules = rules;
        Errors = errors;
    }

    /// <summary>The rules, ordered by id.</summary>
    public ImmutableArray<RuleDefinition> Rules { get; }

    /// <summary>Rule files that could not be read.</summary>
    public ImmutableArray<RuleLoadError> Errors { get; }

    /// <summary>The catalog that ships inside the tool.</summary>
    public static RuleCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>The rule with id <paramref name="id"/>, or null.</summary>
    public RuleDefinition? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>This catalog plus user rule files (name, text); a user file with a built-in id is an error, not an override.</summary>
    public RuleCatalog With(IEnumerable<(string File, string Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var rules = Rules.ToBuilder();
        var errors = Errors.ToBuilder();
        Read(files, rules, errors);
        return new RuleCatalog([.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)], errors.ToImmutable());
    }

    /// <summary>A catalog of exactly these files (tests and tools).</summary>
    public static RuleCatalog From(IEnumerable<(string File, string Json)> files)
    {
        var rules = ImmutableArray.CreateBuilder<RuleDefinition>();
        var errors = ImmutableArray.CreateBuilder<RuleLoadError>();
        Read(files, rules, errors);
        return new RuleCatalog([.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)], errors.ToImmutable());
    }

    private static void Read(IEnumerable<(string File, string Json)> files, ImmutableArray<RuleDefinition>.Builder rules, ImmutableArray<RuleLoadError>.Builder errors)
    {
        foreach (var (file, json) in files)
        {
            var (rule, problems) = RuleFileParser.Parse(file, json);
            errors.AddRange(problems);
            if (rule is null)
            {
                continue;
            }

            if (RuleFileParser.CheckFileName(file, rule) is { } misnamed)
            {
                errors.Add(misnamed);
            }
            else if (rules.Any(r => r.Id == rule.Id))
            {
                errors.Add(new RuleLoadError(file, "id", $"{rule.Id} is already defined by {rules.First(r => r.Id == rule.Id).Source}"));
            }
            else
            {
                rules.Add(rule);
            }
        }
    }

    private static RuleCatalog LoadBuiltIn()
    {
        var assembly = typeof(RuleCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + "DR", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], ReadResource(assembly, n)));
        return From(files);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
