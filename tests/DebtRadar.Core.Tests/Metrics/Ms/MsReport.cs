using System.Xml.Linq;

namespace DebtRadar.Core.Tests.Metrics.Ms;

/// <summary>One method row of a Microsoft.CodeAnalysis.Metrics report (accessors included).</summary>
internal sealed record MsMethodRow(string File, int Line, int? OwnerLine, string Accessor, string Name, IReadOnlyDictionary<string, int> Metrics);

/// <summary>One type row of a Microsoft.CodeAnalysis.Metrics report, named as DebtRadar names types.</summary>
internal sealed record MsTypeRow(string Name, IReadOnlyDictionary<string, int> Metrics);

/// <summary>Reads a <c>.Metrics.xml</c> into DebtRadar-shaped rows (see docs/reference-agreement-ms.md).</summary>
internal static class MsReport
{
    public static (List<MsMethodRow> Methods, List<MsTypeRow> Types) Read(string path)
    {
        var methods = new List<MsMethodRow>();
        var types = new List<MsTypeRow>();
        var document = XDocument.Load(path);
        foreach (var ns in document.Descendants("Namespace"))
        {
            var nsName = (string)ns.Attribute("Name")!;
            var prefix = nsName == "<global namespace>" ? "" : nsName + ".";
            foreach (var type in ns.Elements("Types").Elements("NamedType"))
            {
                types.Add(new MsTypeRow(prefix + (string)type.Attribute("Name")!, MetricsOf(type)));
                foreach (var member in type.Elements("Members").Elements())
                {
                    if (member.Name == "Method")
                    {
                        methods.Add(Row(member, null, ""));
                    }
                    else if (member.Name == "Property" || member.Name == "Event")
                    {
                        var ownerLine = (int?)member.Attribute("Line");
                        foreach (var accessor in member.Elements("Accessors").Elements("Method"))
                        {
                            var name = (string)accessor.Attribute("Name")!;
                            methods.Add(Row(accessor, ownerLine, name[(name.LastIndexOf('.') + 1)..]));
                        }
                    }
                }
            }
        }

        return (methods, types);
    }

    private static MsMethodRow Row(XElement e, int? ownerLine, string accessor) =>
        new(Path.GetFileName((string?)e.Attribute("File") ?? ""), (int?)e.Attribute("Line") ?? 0, ownerLine, accessor, (string)e.Attribute("Name")!, MetricsOf(e));

    private static Dictionary<string, int> MetricsOf(XElement e) =>
        e.Elements("Metrics").Elements("Metric").ToDictionary(m => (string)m.Attribute("Name")!, m => (int)m.Attribute("Value")!);
}
