using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary><c>throw ex;</c> of the caught exception: the original stack trace is lost; <c>throw;</c> keeps it (CA2200).</summary>
internal sealed class DR3003ThrowCaughtException : IFileDetector
{
    public string RuleId => "DR3003";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule) =>
        file.Syntax.All<ThrowStatementSyntax>()
            .Where(t => t.Expression is IdentifierNameSyntax thrown
                        && t.Ancestors().OfType<CatchClauseSyntax>().FirstOrDefault() is { Declaration.Identifier.ValueText: var caught }
                        && caught == thrown.Identifier.ValueText)
            .Select(t => Hit.At(t, "'throw ex;' resets the stack trace: use 'throw;'"));
}
