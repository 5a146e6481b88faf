using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>
/// A user rule of kind <c>banned-api</c>: uses of symbols listed by documentation id in the
/// BannedSymbols.txt format (<c>M:System.Console.WriteLine(System.String);Use ILogger</c>). A
/// banned type (<c>T:</c>) bans its members and constructors too. Needs binding.
/// </summary>
internal sealed class BannedApi(string ruleId) : IMemberDetector
{
    public string RuleId => ruleId;

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        var banned = Parse(rule.Definition.BannedSymbols);
        if (banned.Count == 0)
        {
            yield break;
        }

        foreach (var operation in MemberCode.Operations(member))
        {
            ISymbol? used = operation switch
            {
                IInvocationOperation i => i.TargetMethod.ReducedFrom ?? i.TargetMethod.OriginalDefinition,
                IObjectCreationOperation { Constructor: { } c } => c.OriginalDefinition,
                IPropertyReferenceOperation p => p.Property.OriginalDefinition,
                IFieldReferenceOperation f => f.Field.OriginalDefinition,
                _ => null,
            };
            for (var symbol = used; symbol is not null; symbol = symbol.ContainingType)
            {
                if (symbol.GetDocumentationCommentId() is { } id && banned.TryGetValue(id, out var why))
                {
                    yield return Hit.At(operation.Syntax, $"'{used!.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}' is banned{(why.Length == 0 ? string.Empty : ": " + why)}");
                    break;
                }
            }
        }
    }

    internal static Dictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Split("//", 2)[0].Trim();
            if (line.Length > 0)
            {
                var parts = line.Split(';', 2);
                result[parts[0].Trim()] = parts.Length > 1 ? parts[1].Trim() : string.Empty;
            }
        }

        return result;
    }
}
