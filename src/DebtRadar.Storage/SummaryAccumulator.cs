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

    public static SummaryAccumulator Of(FileResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = new SummaryAccumulator(1, 0, file.SourceLines, 0, 0, 0, null, 0,
            file.Findings.Length, file.Findings.Sum(f => f.RemediationMinutes));
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
        DebtMinutes + other.DebtMinutes);

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
        Math.Round(DebtMinutes, 1));
}
