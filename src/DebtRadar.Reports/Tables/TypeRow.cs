using CsvHelper;

namespace DebtRadar.Reports.Tables;

/// <summary>One row of the type table; the column order is a contract (README, "Type CSV").</summary>
[CsvRecord]
public sealed partial class TypeRow
{
    [CsvColumn("project")] public string Project { get; set; } = "";
    [CsvColumn("file")] public string File { get; set; } = "";
    [CsvColumn("line")] public int Line { get; set; }
    [CsvColumn("type")] public string Type { get; set; } = "";
    [CsvColumn("kind")] public string Kind { get; set; } = "";
    [CsvColumn("members")] public int Members { get; set; }
    [CsvColumn("wmc")] public int Wmc { get; set; }
    [CsvColumn("cc")] public int Cc { get; set; }
    [CsvColumn("coupling")] public int Coupling { get; set; }
    [CsvColumn("dit")] public int Dit { get; set; }
    [CsvColumn("lcom_hs")] public double? LcomHs { get; set; }
    [CsvColumn("lcom4")] public int Lcom4 { get; set; }
    [CsvColumn("mi")] public int Mi { get; set; }
    [CsvColumn("loc_source")] public int LocSource { get; set; }
}
