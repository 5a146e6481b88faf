using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DebtRadar.Core.Debt;
using DebtRadar.Core.Model;

namespace DebtRadar.Reports.Json;

/// <summary>What a whole-snapshot JSON export says about the snapshot itself.</summary>
/// <param name="Id">Snapshot id, or null for an unrecorded scan.</param>
/// <param name="Timestamp">The date it stands for (the commit's date for backfilled snapshots).</param>
/// <param name="Commit">Commit id, or null outside git.</param>
/// <param name="Branch">Branch, or null.</param>
/// <param name="Mode">The weakest analysis mode of the scan.</param>
/// <param name="ToolVersion">DebtRadar's version and metric definition versions.</param>
public sealed record SnapshotHeader(int? Id, DateTimeOffset? Timestamp, string? Commit, string? Branch, AnalysisMode Mode, string ToolVersion);

/// <summary>
/// A whole snapshot as one JSON document: <c>schemaVersion</c>, the snapshot header, the debt at
/// every level and the full scan (projects, files, members with all metrics, types, findings,
/// churn). Names are camelCase, enums kebab-case strings (ratings A–E), numbers invariant. Pure.
/// </summary>
public static class SnapshotJsonWriter
{
    /// <summary>Raised when a field is removed or changes meaning; adding fields keeps the version.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Enums spelled as in the CSV files (syntax-only, warning…); ratings stay capital letters.
        Converters = { new JsonStringEnumConverter<DebtRating>(), new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes the snapshot; <paramref name="debt"/> may be null when no cost model is at hand.</summary>
    public static void Write(TextWriter writer, SnapshotHeader header, ScanResult scan, DebtReport? debt)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(scan);
        var document = new Document(SchemaVersion, header, debt, scan);
        writer.Write(JsonSerializer.Serialize(document, Options));
        writer.Write('\n');
    }

    private sealed record Document(int SchemaVersion, SnapshotHeader Snapshot, DebtReport? Debt, ScanResult Scan);
}
