using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using DebtRadar.Core.Model;

namespace DebtRadar.Reports.Tables;

/// <summary>The file format of a table export, chosen from the output file's extension.</summary>
public enum TableFormat
{
    /// <summary>RFC 4180 CSV, invariant culture, header always present.</summary>
    Csv,
    /// <summary>A JSON array of objects whose names are the CSV column names.</summary>
    Json,
}

/// <summary>Writes one level of a scan as CSV (through CsvHelper) or JSON. Pure: model in, text out.</summary>
public static class TableWriter
{
    /// <summary>
    /// CSV options for every table: RFC 4180, invariant numbers, and text cells that a spreadsheet
    /// would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR) escaped as text.
    /// </summary>
    public static CsvWriterOptions CsvOptions { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        NewLine = "\n",
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Writes <paramref name="level"/> of <paramref name="scan"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, ScanResult scan, ReportLevel level, TableFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (level)
        {
            case ReportLevel.Member: Write(writer, ScanTables.Members(scan), format); break;
            case ReportLevel.Type: Write(writer, ScanTables.Types(scan), format); break;
            case ReportLevel.File: Write(writer, ScanTables.Files(scan), format); break;
            case ReportLevel.Project: Write(writer, ScanTables.Projects(scan), format); break;
            case ReportLevel.Findings: Write(writer, ScanTables.Findings(scan), format); break;
            default: throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level");
        }
    }

    /// <summary>Writes rows of a <c>[CsvRecord]</c> type as CSV or JSON; the CSV header is written even with no row.</summary>
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows, TableFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (format == TableFormat.Json)
        {
            writer.Write(JsonSerializer.Serialize(rows.ToList(), JsonOptions));
            writer.Write('\n');
            return;
        }

        using var csv = CsvWriter.Create(writer, CsvOptions, leaveOpen: true);
        var list = rows as IReadOnlyCollection<T> ?? rows.ToList();
        if (list.Count == 0)
        {
            csv.WriteHeader<T>(); // WriteRecords writes the header only before a first record
        }
        else
        {
            csv.WriteRecords(list);
        }

        csv.Flush();
    }
}
