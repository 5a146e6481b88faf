using DebtRadar.Core.Model;
using DebtRadar.Reports.Tables;

namespace DebtRadar.IntegrationTests.Fuzz;

/// <summary>
/// Every report writer a fuzzed scan is pushed through. A new writer (SARIF, Markdown, a gate, a
/// proposal) joins the fuzz by adding one line here.
/// </summary>
internal static class ReportSinks
{
    public static IReadOnlyList<(string Name, Action<ScanResult, TextWriter> Write)> All { get; } =
    [
        .. Enum.GetValues<ReportLevel>().SelectMany(level => new[]
        {
            ($"table-{level}-csv", (Action<ScanResult, TextWriter>)((scan, writer) => TableWriter.Write(writer, scan, level, TableFormat.Csv))),
            ($"table-{level}-json", (scan, writer) => TableWriter.Write(writer, scan, level, TableFormat.Json)),
        }),
    ];
}
