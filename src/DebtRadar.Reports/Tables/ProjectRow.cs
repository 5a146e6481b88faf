using CsvHelper;

namespace DebtRadar.Reports.Tables;

/// <summary>One row of the project table (README, "Project CSV"), with Martin's package metrics.</summary>
[CsvRecord]
public sealed partial class ProjectRow
{
    [CsvColumn("project")] public string Project { get; set; } = "";
    [CsvColumn("path")] public string Path { get; set; } = "";
    [CsvColumn("framework")] public string Framework { get; set; } = "";
    [CsvColumn("mode")] public string Mode { get; set; } = "";
    [CsvColumn("files")] public int Files { get; set; }
    [CsvColumn("types")] public int Types { get; set; }
    [CsvColumn("members")] public int Members { get; set; }
    [CsvColumn("loc_source")] public int LocSource { get; set; }
    [CsvColumn("cc_total")] public int CcTotal { get; set; }
    [CsvColumn("cognitive_total")] public int CognitiveTotal { get; set; }
    [CsvColumn("mi_avg")] public double? MiAvg { get; set; }
    [CsvColumn("ca")] public int Ca { get; set; }
    [CsvColumn("ce")] public int Ce { get; set; }
    [CsvColumn("instability")] public double Instability { get; set; }
    [CsvColumn("abstractness")] public double Abstractness { get; set; }
    [CsvColumn("distance")] public double Distance { get; set; }
}
