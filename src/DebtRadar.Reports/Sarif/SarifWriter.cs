using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DebtRadar.Core.Model;
using DebtRadar.Core.Rules;
using DebtRadar.Reports.Comparison;

namespace DebtRadar.Reports.Sarif;

/// <summary>
/// SARIF 2.1.0 of a scan's findings, as GitHub code scanning reads it: one run, the rules that
/// fired with their help from the rule catalog, locations relative to <c>SRCROOT</c> (the
/// repository root), and the finding's line-independent fingerprint as a partial fingerprint.
/// Pure: model in, text out.
/// </summary>
public static class SarifWriter
{
    /// <summary>The <c>partialFingerprints</c> key; the version changes if the fingerprint's definition does.</summary>
    public const string FingerprintKey = "debtradarFingerprint/v1";

    /// <summary>The <c>uriBaseId</c> every location is relative to.</summary>
    public const string RootBaseId = "SRCROOT";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Not embedded in HTML: keep non-ASCII names readable; JSON escaping itself still applies.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the findings of <paramref name="scan"/>; rule help comes from <paramref name="catalog"/>.</summary>
    public static void Write(TextWriter writer, ScanResult scan, RuleCatalog catalog, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(catalog);
        var findings = ScanFindings.All(scan).ToList();
        var ruleIds = findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ruleIndex = ruleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, ruleIds, catalog, toolVersion);
            WriteRoot(json, scan.RepositoryRoot);
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding, ruleIndex[finding.RuleId], scan.Target);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    /// <summary>The SARIF level of a severity: error, warning, note.</summary>
    public static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A repository-relative path as a relative URI reference: each segment percent-encoded.</summary>
    public static string RelativeUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static void WriteTool(Utf8JsonWriter json, List<string> ruleIds, RuleCatalog catalog, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "DebtRadar");
        var semantic = toolVersion.Split('+')[0];
        json.WriteString("version", semantic);
        json.WriteString("semanticVersion", semantic);
        json.WriteStartArray("rules");
        foreach (var id in ruleIds)
        {
            WriteRule(json, id, catalog.Find(id));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, string id, RuleDefinition? rule)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        if (rule is null)
        {
            // A rule the catalog at hand does not know (a user rule folder not loaded): id only.
            json.WriteStartObject("shortDescription");
            json.WriteString("text", id);
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        json.WriteString("name", rule.Name);
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", rule.Rationale);
        json.WriteStartObject("help");
        json.WriteString("text", RuleHelp.Text(rule));
        json.WriteString("markdown", RuleHelp.Markdown(rule));
        json.WriteEndObject();
        if (rule.References.FirstOrDefault(r => r.StartsWith("https://", StringComparison.Ordinal)) is { } uri)
        {
            json.WriteString("helpUri", uri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteStartArray("tags");
        json.WriteStringValue("maintainability");
        if (rule.Category != "maintainability")
        {
            json.WriteStringValue(rule.Category);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRoot(Utf8JsonWriter json, string repositoryRoot)
    {
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootBaseId);
        if (Path.IsPathFullyQualified(repositoryRoot))
        {
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(repositoryRoot) + "/").AbsoluteUri);
        }

        WriteMessage(json, "description", "The root of the repository that was scanned.");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, string target)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(json, "message", finding.Message);
        // Namespace- and project-scope findings may have no file: GitHub needs a location, so they point at the scan target.
        var path = finding.Path.Length > 0 ? finding.Path : target is not ("" or ".") && !Path.IsPathFullyQualified(target) ? target : null;
        if (path is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", RelativeUri(path));
            json.WriteString("uriBaseId", RootBaseId);
            json.WriteEndObject();
            if (finding.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", finding.Line);
                if (finding.Column > 0)
                {
                    json.WriteNumber("startColumn", finding.Column);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            if (finding.Type is not null)
            {
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("fullyQualifiedName", finding.Member is null ? finding.Type : $"{finding.Type}.{finding.Member}");
                json.WriteString("kind", finding.Member is null ? "type" : "member");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", finding.Category);
        json.WriteNumber("remediationMinutes", finding.RemediationMinutes);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
