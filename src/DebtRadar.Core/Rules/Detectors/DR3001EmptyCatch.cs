using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>A catch block with neither code nor a comment saying why the exception may be ignored (Sonar S108/S2486).</summary>
internal sealed class DR3001EmptyCatch : IFileDetector
{
    public string RuleId => "DR3001";

    public IEnumerable<Hit> Detect(FileContext file, ActiveRule rule) =>
        file.Syntax.All<CatchClauseSyntax>()
            .Where(c => c.Block.Statements.Count == 0 && !HasComment(c.Block))
            .Select(c => Hit.At(c.CatchKeyword, "Empty catch block: handle the exception, let it propagate, or say in a comment why it is safe to ignore"));

    private static bool HasComment(BlockSyntax block) =>
        block.OpenBraceToken.TrailingTrivia.Concat(block.CloseBraceToken.LeadingTrivia)
            .Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia));
}
