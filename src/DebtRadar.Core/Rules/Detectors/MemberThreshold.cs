using DebtRadar.Core.Metrics;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>A member metric above (or, for the maintainability index, below) the rule's <c>threshold</c> parameter.</summary>
internal abstract class MemberThreshold(string ruleId, string metricName, Func<MemberMetrics, double> metric, bool lowIsBad = false) : IMemberDetector
{
    public string RuleId => ruleId;

    public IEnumerable<Hit> Detect(MemberContext member, MemberResult measured, ActiveRule rule)
    {
        var threshold = rule.Parameter("threshold", 0);
        var value = metric(measured.Metrics);
        var excess = lowIsBad ? threshold - value : value - threshold;
        if (excess > 0)
        {
            var comparison = lowIsBad ? "below" : "above";
            yield return Hit.At(NameToken(member.Declaration), $"{metricName} is {value} ({comparison} {threshold})", excess);
        }
    }

    /// <summary>The identifier a developer sees for the member (the accessor keyword for accessors).</summary>
    internal static SyntaxToken NameToken(SyntaxNode declaration) => declaration switch
    {
        MethodDeclarationSyntax m => m.Identifier,
        ConstructorDeclarationSyntax c => c.Identifier,
        DestructorDeclarationSyntax d => d.Identifier,
        OperatorDeclarationSyntax o => o.OperatorToken,
        ConversionOperatorDeclarationSyntax c => c.Type.GetFirstToken(),
        AccessorDeclarationSyntax a => a.Keyword,
        PropertyDeclarationSyntax p => p.Identifier,
        IndexerDeclarationSyntax i => i.ThisKeyword,
        BaseTypeDeclarationSyntax t => t.Identifier,
        _ => declaration.GetFirstToken(),
    };
}

internal sealed class DR1001MethodCyclomatic() : MemberThreshold("DR1001", "Cyclomatic complexity", m => m.Cyclomatic);

internal sealed class DR1002MethodCognitive() : MemberThreshold("DR1002", "Cognitive complexity", m => m.Cognitive);

internal sealed class DR1003MethodLength() : MemberThreshold("DR1003", "Length in source lines", m => m.SourceLines);

internal sealed class DR1004MethodParameters() : MemberThreshold("DR1004", "Parameter count", m => m.Parameters);

internal sealed class DR1005MethodNesting() : MemberThreshold("DR1005", "Nesting depth", m => m.MaxNesting);

internal sealed class DR1006MethodMaintainability() : MemberThreshold("DR1006", "Maintainability index", m => m.MaintainabilityIndex, lowIsBad: true);
