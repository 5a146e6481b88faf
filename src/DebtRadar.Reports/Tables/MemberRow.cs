using CsvHelper;

namespace DebtRadar.Reports.Tables;

/// <summary>One row of the member table; the column order is a contract (README, "Member CSV").</summary>
[CsvRecord]
public sealed partial class MemberRow
{
    [CsvColumn("project")] public string Project { get; set; } = "";
    [CsvColumn("file")] public string File { get; set; } = "";
    [CsvColumn("line")] public int Line { get; set; }
    [CsvColumn("type")] public string Type { get; set; } = "";
    [CsvColumn("member")] public string Member { get; set; } = "";
    [CsvColumn("kind")] public string Kind { get; set; } = "";
    [CsvColumn("cc")] public int Cc { get; set; }
    [CsvColumn("cognitive")] public int Cognitive { get; set; }
    [CsvColumn("loc_source")] public int LocSource { get; set; }
    [CsvColumn("loc_exec")] public int LocExec { get; set; }
    [CsvColumn("nloc")] public int Nloc { get; set; }
    [CsvColumn("params")] public int Params { get; set; }
    [CsvColumn("nesting")] public int Nesting { get; set; }
    [CsvColumn("halstead_volume")] public double HalsteadVolume { get; set; }
    [CsvColumn("mi")] public int Mi { get; set; }
    [CsvColumn("coupling")] public int Coupling { get; set; }
    [CsvColumn("line_coverage")] public double? LineCoverage { get; set; }
    [CsvColumn("crap")] public double? Crap { get; set; }
}
