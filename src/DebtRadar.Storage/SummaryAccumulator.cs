using DebtRadar.Core.Model;

namespace DebtRadar.Storage;

/// <summary>
/// Sums that combine across files (averages do not), so a project's or a snapshot's totals are the
/// sum of its files' accumulators.
/// </summary>
internal readonly record struct SummaryAccumulator(
    int Files,
    int Members,
    int Loc,
    int Cyclomatic,
    int Cognitive,
    long MiSum,
    int? MinMi,
    long CouplingSum,
    int Findings = 0,
    double DebtMinutes = 0)
{
    public static SummaryAccumulator Empty => default;

    /// <summary>Physical lines (the denominator of duplication density).</summary>
    public int Lines { get; init; }

    /// <summary>Lines in clones.</summary>
    public int DuplicatedLines { get; init; }

    /// <summary>Sum of file health scores, over <see cref="HealthFiles"/> files.</summary>
    public double HealthSum { get; init; }

    /// <summary>Files with a health score.</summary>
    public int HealthFiles { get; init; }

    /// <summary>Sum of the hotspot scores of files with a health score (the weights of hotspot health).</summary>
    public double HotspotWeight { get; init; }

    /// <summary>Sum of health × hotspot score.</summary>
    public double HotspotHealthSum { get; init; }

    public static SummaryAccumulator Of(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = new SummaryAccumulator(1, 0, file.SourceLines, 0, 0, 0, null, 0,
            file.Findings.Length, file.Findings.Sum(f => f.RemediationMinutes))
        {
            Lines = file.Lines,
            DuplicatedLines = file.DuplicatedLines,
            HealthSum = file.Health ?? 0,
            HealthFiles = file.Health is null ? 0 : 1,
        };
        foreach (var member in file.Members)
        {
            var m = member.Metrics;
            result = result with
            {
                Members = result.Members + 1,
                Cyclomatic = result.Cyclomatic + m.Cyclomatic,
                Cognitive = result.Cognitive + m.Cognitive,
                MiSum = result.MiSum + m.MaintainabilityIndex,
                MinMi = result.MinMi is { } min ? Math.Min(min, m.MaintainabilityIndex) : m.MaintainabilityIndex,
                CouplingSum = result.CouplingSum + m.Coupling,
            };
        }

        return result;
    }

    /// <summary>Weighs the file's health by its hotspot score (0–1), for the hotspot-weighted mean.</summary>
    public SummaryAccumulator WithHotspot(double score) => HealthFiles == 0 || score <= 0 ? this : this with
    {
        HotspotWeight = HotspotWeight + score,
        HotspotHealthSum = HotspotHealthSum + (score * HealthSum),
    };

    public SummaryAccumulator Add(SummaryAccumulator other) => new(
        Files + other.Files,
        Members + other.Members,
        Loc + other.Loc,
        Cyclomatic + other.Cyclomatic,
        Cognitive + other.Cognitive,
        MiSum + other.MiSum,
        (MinMi, other.MinMi) switch
        {
            ({ } a, { } b) => Math.Min(a, b),
            ({ } a, null) => a,
            (null, var b) => b,
        },
        CouplingSum + other.CouplingSum,
        Findings + other.Findings,
        DebtMinutes + other.DebtMinutes)
    {
        Lines = Lines + other.Lines,
        DuplicatedLines = DuplicatedLines + other.DuplicatedLines,
        HealthSum = HealthSum + other.HealthSum,
        HealthFiles = HealthFiles + other.HealthFiles,
        HotspotWeight = HotspotWeight + other.HotspotWeight,
        HotspotHealthSum = HotspotHealthSum + other.HotspotHealthSum,
    };

    /// <summary>Adds findings that belong to no file (type, namespace and project scope).</summary>
    public SummaryAccumulator WithFindings(IReadOnlyCollection<Finding> findings) => this with
    {
        Findings = Findings + findings.Count,
        DebtMinutes = DebtMinutes + findings.Sum(f => f.RemediationMinutes),
    };

    public MetricSummary ToSummary() => new(
        Files,
        Members,
        Loc,
        Cyclomatic,
        Cognitive,
        Members == 0 ? null : (double)MiSum / Members,
        MinMi,
        Members == 0 ? null : (double)CouplingSum / Members,
        Findings,
        Math.Round(DebtMinutes, 1))
    {
        DuplicatedLines = DuplicatedLines,
        DuplicationDensity = Lines == 0 ? null : Math.Round((double)DuplicatedLines / Lines, 4),
        HealthAverage = HealthFiles == 0 ? null : Math.Round(HealthSum / HealthFiles, 2),
        HotspotHealth = HotspotWeight <= 0 ? null : Math.Round(HotspotHealthSum / HotspotWeight, 2),
    };
}
