using CsvHelper;

namespace DebtRadar.Reports.Tables;

/// <summary>One row of the findings table; the column order is a contract (README, "Findings CSV").</summary>
[CsvRecord]
public sealed partial class FindingRow
{
    [CsvColumn("project")] public string Project { get; set; } = "";
    [CsvColumn("file")] public string File { get; set; } = "";
    [CsvColumn("line")] public int Line { get; set; }
    [CsvColumn("column")] public int Column { get; set; }
    [CsvColumn("rule")] public string Rule { get; set; } = "";
    [CsvColumn("severity")] public string Severity { get; set; } = "";
    [CsvColumn("category")] public string Category { get; set; } = "";
    [CsvColumn("member")] public string Member { get; set; } = "";
    [CsvColumn("message")] public string Message { get; set; } = "";
    [CsvColumn("remediation_minutes")] public double RemediationMinutes { get; set; }
}
