using CsvHelper;

namespace DebtRadar.Reports.Tables;

/// <summary>One row of the file table (README, "File CSV").</summary>
[CsvRecord]
public sealed partial class FileRow
{
    [CsvColumn("project")] public string Project { get; set; } = "";
    [CsvColumn("file")] public string File { get; set; } = "";
    [CsvColumn("mode")] public string Mode { get; set; } = "";
    [CsvColumn("lines")] public int Lines { get; set; }
    [CsvColumn("loc_source")] public int LocSource { get; set; }
    [CsvColumn("nloc")] public int Nloc { get; set; }
    [CsvColumn("types")] public int Types { get; set; }
    [CsvColumn("members")] public int Members { get; set; }
    [CsvColumn("cc_total")] public int CcTotal { get; set; }
    [CsvColumn("cognitive_total")] public int CognitiveTotal { get; set; }
    [CsvColumn("cc_max")] public int CcMax { get; set; }
    [CsvColumn("cognitive_max")] public int CognitiveMax { get; set; }
    [CsvColumn("mi_min")] public int? MiMin { get; set; }
    [CsvColumn("mi_avg")] public double? MiAvg { get; set; }
    [CsvColumn("health")] public double? Health { get; set; }
    [CsvColumn("health_factors")] public string HealthFactors { get; set; } = "";
}
