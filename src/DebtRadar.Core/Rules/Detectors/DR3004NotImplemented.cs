using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary><c>throw new NotImplementedException()</c> left in shipped code: a known hole.</summary>
internal sealed class DR3004NotImplemented : IFileDetector
{
    public string RuleId => "DR3004";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule) =>
        file.Syntax.All<ObjectCreationExpressionSyntax>()
            .Where(c => c.Parent is ThrowStatementSyntax or ThrowExpressionSyntax
                        && c.Type.ToString() is "NotImplementedException" or "System.NotImplementedException" or "global::System.NotImplementedException")
            .Select(c => Hit.At(c.Parent!, "NotImplementedException left in: implement it, or throw NotSupportedException if it is not meant to work"));
}
