using CsvHelper;

namespace DebtRadar.Reports.Tables;

/// <summary>One row of the trend CSV (README, "Trend CSV"); debt columns stay empty until rules exist.</summary>
[CsvRecord]
public sealed partial class TrendCsvRow
{
    [CsvColumn("snapshot")] public int Snapshot { get; set; }
    [CsvColumn("timestamp")] public string Timestamp { get; set; } = "";
    [CsvColumn("commit")] public string Commit { get; set; } = "";
    [CsvColumn("scope")] public string Scope { get; set; } = "";
    [CsvColumn("files")] public int Files { get; set; }
    [CsvColumn("members")] public int Members { get; set; }
    [CsvColumn("loc")] public int Loc { get; set; }
    [CsvColumn("cc_total")] public int CcTotal { get; set; }
    [CsvColumn("cognitive_total")] public int CognitiveTotal { get; set; }
    [CsvColumn("mi_avg")] public double? MiAvg { get; set; }
    [CsvColumn("worst_mi")] public int? WorstMi { get; set; }
    [CsvColumn("coupling_avg")] public double? CouplingAvg { get; set; }
    [CsvColumn("findings")] public int? Findings { get; set; }
    [CsvColumn("debt_minutes")] public double? DebtMinutes { get; set; }
    [CsvColumn("health_avg")] public double? HealthAvg { get; set; }
    [CsvColumn("hotspot_health")] public double? HotspotHealth { get; set; }
}
