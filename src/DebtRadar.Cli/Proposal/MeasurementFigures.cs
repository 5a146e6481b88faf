using System.Collections.Immutable;
using DebtRadar.Core.Model;
using DebtRadar.Reports.Proposal;

namespace DebtRadar.Cli.Proposal;

/// <summary>
/// The target's measurements against the codebase's distribution. Files are compared with the files
/// that have at least one member (coupling and LCOM4 with the files that declare a type); a type with
/// the types that have at least one member. A target of several files shows, for each metric, its
/// worst file. "Worse than" is the share of the population strictly better than the value. Code health
/// (docs/health.md) is compared with the files that have one (snapshots before health have none).
/// </summary>
internal static class MeasurementFigures
{
    public static ImmutableArray<Measurement> For(ResolvedTarget target, ProposalContext context) =>
        target.Kind == TargetKind.Type ? OfType(target.Types[0], context) : OfFiles(target, context);

    private static ImmutableArray<Measurement> OfFiles(ResolvedTarget target, ProposalContext context)
    {
        var typesByFile = context.Types.ToLookup(t => t.File, StringComparer.Ordinal);
        var measured = context.Files.Where(f => !f.Members.IsEmpty).ToList();
        var typed = context.Files.Where(f => typesByFile[f.Path].Any()).ToList();
        var mine = context.Files.Where(f => target.Files.Contains(f.Path)).ToList();
        var several = mine.Count > 1;
        var rows = new List<Measurement>();

        void Add(string metric, IReadOnlyList<FileResult> population, Func<FileResult, double> value, bool higherIsWorse, string source)
        {
            var inPopulation = population.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var candidates = mine.Where(f => inPopulation.Contains(f.Path)).ToList();
            if (candidates.Count == 0)
            {
                return;
            }

            var worst = higherIsWorse ? candidates.MaxBy(value)! : candidates.MinBy(value)!;
            var values = population.Select(value).ToList();
            rows.Add(new Measurement(metric, value(worst), WorseThan(values, value(worst), higherIsWorse), values.Count, "files", higherIsWorse, source, several ? worst.Path : null));
        }

        Add("cc.ms total", measured, f => f.Members.Sum(m => m.Metrics.Cyclomatic), true, "file CSV cc_total");
        Add("cog.sonar total", measured, f => f.Members.Sum(m => m.Metrics.Cognitive), true, "file CSV cognitive_total");
        Add("cc.ms max (worst member)", measured, f => f.Members.Max(m => m.Metrics.Cyclomatic), true, "file CSV cc_max");
        Add("cog.sonar max (worst member)", measured, f => f.Members.Max(m => m.Metrics.Cognitive), true, "file CSV cognitive_max");
        Add("mi.ms min (worst member)", measured, f => f.Members.Min(m => m.Metrics.MaintainabilityIndex), false, "file CSV mi_min");
        Add("coupling.ms (most coupled type)", typed, f => typesByFile[f.Path].Max(t => t.Coupling), true, "type CSV coupling, max over the file's types");
        Add("lcom4 (least cohesive type)", typed, f => typesByFile[f.Path].Max(t => t.Lcom4), true, "type CSV lcom4, max over the file's types");
        Add("code health (1–10)", context.Files.Where(f => f.Health is not null).ToList(), f => f.Health!.Value, false, "file CSV health (factors in health_factors)");
        return [.. rows];
    }

    private static ImmutableArray<Measurement> OfType(string name, ProposalContext context)
    {
        var cognitive = context.Files.SelectMany(f => f.Members)
            .GroupBy(m => m.Type, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(m => m.Metrics.Cognitive), StringComparer.Ordinal);
        var population = context.Types.Where(t => t.Members > 0).ToList();
        var type = context.Types.First(t => t.Name == name);
        var rows = new List<Measurement>();

        void Add(string metric, Func<TypeResult, double> value, bool higherIsWorse, string source)
        {
            var values = population.Select(value).ToList();
            rows.Add(new Measurement(metric, value(type), WorseThan(values, value(type), higherIsWorse), values.Count, "types", higherIsWorse, source, null));
        }

        Add("cc.ms", t => t.Cyclomatic, true, "type CSV cc");
        Add("cog.sonar total", t => cognitive.GetValueOrDefault(t.Name), true, "member CSV cognitive, summed over the type's members");
        Add("mi.ms", t => t.MaintainabilityIndex, false, "type CSV mi");
        Add("coupling.ms", t => t.Coupling, true, "type CSV coupling");
        Add("lcom4", t => t.Lcom4, true, "type CSV lcom4");
        return [.. rows];
    }

    internal static double WorseThan(IReadOnlyCollection<double> population, double value, bool higherIsWorse) =>
        population.Count == 0 ? 0 : (double)population.Count(v => higherIsWorse ? v < value : v > value) / population.Count;
}
