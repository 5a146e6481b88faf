using DebtRadar.Reports;
using DebtRadar.Core.Rules;
using DebtRadar.Workspace.Targets;

namespace DebtRadar.Cli.Configuration;

/// <summary>Finds the target's repository and reads its rule configuration, printing one warning line per problem.</summary>
internal static class RuleConfigurationLoader
{
    /// <summary>The rules for a scan of <paramref name="target"/>; null when the target does not resolve (the scan reports that).</summary>
    public static RuleSet? Load(CliIO io, string target) => LoadConfiguration(io, target)?.Rules;

    /// <summary>The whole configuration (rules and cost model) of the target's repository; null when the target does not resolve.</summary>
    public static RepositoryConfiguration? LoadConfiguration(CliIO io, string target)
    {
        var resolution = TargetResolver.Resolve(target);
        if (resolution.Error is not null)
        {
            return null;
        }

        var configuration = ConfigurationReader.Read(resolution.RepositoryRoot);
        foreach (var problem in configuration.Problems)
        {
            io.Error.WriteLine($"warning: {TextSafety.ForConsole(problem)}");
        }

        return configuration;
    }
}
