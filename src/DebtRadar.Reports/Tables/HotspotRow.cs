using CsvHelper;

namespace DebtRadar.Reports.Tables;

/// <summary>One row of the hotspot CSV (<c>debtradar hotspots --out F.csv</c>); <c>member</c> is empty at file level.</summary>
[CsvRecord]
public sealed partial class HotspotRow
{
    [CsvColumn("rank")] public int Rank { get; set; }
    [CsvColumn("file")] public string File { get; set; } = "";
    [CsvColumn("member")] public string Member { get; set; } = "";
    [CsvColumn("revisions")] public int Revisions { get; set; }
    [CsvColumn("added")] public int Added { get; set; }
    [CsvColumn("deleted")] public int Deleted { get; set; }
    [CsvColumn("authors")] public int Authors { get; set; }
    [CsvColumn("main_author_share")] public double MainAuthorShare { get; set; }
    [CsvColumn("complexity")] public int Complexity { get; set; }
    [CsvColumn("score")] public double Score { get; set; }
}
