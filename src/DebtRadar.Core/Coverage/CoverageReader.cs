using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace DebtRadar.Core.Coverage;

/// <summary>
/// Reads a Cobertura (coverlet's default) or OpenCover XML report from a text reader, choosing the
/// format by the root element. DTDs are refused; a malformed file is an error value, never an exception.
/// </summary>
public static class CoverageReader
{
    /// <summary>Reads one report.</summary>
    public static CoverageReadResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        XDocument document;
        try
        {
            using var xml = XmlReader.Create(reader, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(xml);
        }
        catch (XmlException e)
        {
            return Failed(null, $"not valid XML: {e.Message}");
        }

        var root = document.Root!;
        try
        {
            return root.Name.LocalName switch
            {
                "coverage" => new CoverageReadResult(CoberturaFormat.Parse(root), "cobertura", null),
                "CoverageSession" => new CoverageReadResult(OpenCoverFormat.Parse(root), "opencover", null),
                _ => Failed(null, $"root element <{root.Name.LocalName}> is neither Cobertura <coverage> nor OpenCover <CoverageSession>"),
            };
        }
        catch (FormatException e)
        {
            return Failed(root.Name.LocalName == "coverage" ? "cobertura" : "opencover", e.Message);
        }
    }

    /// <summary>Reads one report from a stream (UTF-8 unless the XML declaration says otherwise).</summary>
    public static CoverageReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        return Read(reader);
    }

    internal static string NormalisePath(string path) => path.Replace('\\', '/');

    internal static int Int(XElement element, string attribute)
    {
        var text = (string?)element.Attribute(attribute);
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"<{element.Name.LocalName}> has no integer '{attribute}' (found '{text}')");
    }

    private static CoverageReadResult Failed(string? format, string error) => new(new CoverageReport(ImmutableArray<CoverageFile>.Empty), format, error);
}
