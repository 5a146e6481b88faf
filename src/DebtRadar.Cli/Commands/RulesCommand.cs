using DebtRadar.Reports;
using System.CommandLine;
using System.Globalization;
using DebtRadar.Cli.Configuration;
using DebtRadar.Core.Rules;

namespace DebtRadar.Cli.Commands;

/// <summary><c>debtradar rules list|show ID</c>: the rule catalog in force (built-in plus the repository's own rule files).</summary>
internal static class RulesCommand
{
    public static Command Create(CliIO io)
    {
        var repository = new Option<string?>("--repository") { Description = "Repository folder whose debtradar.json and .editorconfig apply (default: the current folder)" };
        var list = new Command("list", "List every rule: id, severity, category, scope and title") { repository };
        list.SetAction(parse =>
        {
            var configuration = ConfigurationReader.Read(Root(parse.GetValue(repository)));
            WriteProblems(io, configuration);
            var enabled = configuration.Rules.Rules.ToDictionary(r => r.Definition.Id, StringComparer.Ordinal);
            foreach (var rule in configuration.Catalog.Rules)
            {
                var severity = enabled.TryGetValue(rule.Id, out var active) ? SeverityNames.Name(active.Severity) : "off";
                io.Out.WriteLine($"{rule.Id}  {severity,-10}  {rule.Category,-15}  {rule.Scope.ToString().ToLowerInvariant(),-9}  {rule.Title}");
            }

            return ExitCodes.Ok;
        });

        var id = new Argument<string>("id") { Description = "Rule id, e.g. DR1001" };
        var show = new Command("show", "Show one rule: rationale, parameters, remediation, references and examples") { id, repository };
        show.SetAction(parse =>
        {
            var configuration = ConfigurationReader.Read(Root(parse.GetValue(repository)));
            var rule = configuration.Catalog.Find(parse.GetValue(id)!);
            if (rule is null)
            {
                io.Fail($"no rule {parse.GetValue(id)}; 'debtradar rules list' shows them all");
                return ExitCodes.Usage;
            }

            var active = configuration.Rules.Rules.FirstOrDefault(r => r.Definition.Id == rule.Id);
            Show(io.Out, rule, active);
            return ExitCodes.Ok;
        });

        return new Command("rules", "The rule catalog: what DebtRadar reports and why") { list, show };
    }

    internal static void Show(TextWriter output, RuleDefinition rule, ActiveRule? active)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine($"{rule.Id} {rule.Name}: {rule.Title}");
        output.WriteLine($"category: {rule.Category}   scope: {rule.Scope.ToString().ToLowerInvariant()}   severity: {(active is null ? "off" : SeverityNames.Name(active.Severity))} (default {SeverityNames.Name(rule.DefaultSeverity)})");
        foreach (var (name, value) in (active?.Parameters ?? rule.Parameters).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(invariant, $"parameter {name} = {value}"));
        }

        output.WriteLine(string.Create(invariant, $"remediation: {rule.Remediation.BaseMinutes} min + {rule.Remediation.MinutesPerUnit} min per unit over the threshold"));
        output.WriteLine();
        output.WriteLine(rule.Rationale);
        foreach (var reference in rule.References)
        {
            output.WriteLine($"  see: {reference}");
        }

        if (rule.Examples is { } examples)
        {
            output.WriteLine();
            output.WriteLine("non-compliant:");
            output.WriteLine(examples.NonCompliant.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal).TrimEnd());
            output.WriteLine();
            output.WriteLine("compliant:");
            output.WriteLine(examples.Compliant.TrimEnd());
        }
    }

    private static string Root(string? repository) => Path.GetFullPath(repository ?? ".");

    private static void WriteProblems(CliIO io, RepositoryConfiguration configuration)
    {
        foreach (var problem in configuration.Problems)
        {
            io.Error.WriteLine($"warning: {TextSafety.ForConsole(problem)}");
        }
    }
}
