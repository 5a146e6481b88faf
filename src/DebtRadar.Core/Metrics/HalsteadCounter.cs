using DebtRadar.Core.Metrics.Ms;
using DebtRadar.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DebtRadar.Core.Metrics;

/// <summary>Halstead measures of a member: the MS volume (feeds <c>mi.ms</c>) and textbook counts.</summary>
internal static class HalsteadCounter
{
    /// <summary>
    /// V the MS way (<c>ComputationalComplexityMetrics</c>): operands are referenced symbols and
    /// constants; n1 comes only from distinct binary, unary and case-clause kinds. Syntax-only mode
    /// approximates it from the syntax that produces those operations.
    /// </summary>
    public static double MsVolume(MemberContext member) => MsVolumeAndLines(member).Volume;

    /// <summary>
    /// The MS volume and MS's effective lines (executable lines + 1 per parameter default block),
    /// from one walk: the two inputs of <c>mi.ms</c> besides cc.
    /// </summary>
    public static (double Volume, int EffectiveLines) MsVolumeAndLines(MemberContext member)
    {
        var (volume, _, effective) = MsVolumeAndLineCounts(member);
        return (volume, effective);
    }

    /// <summary>
    /// The MS volume, MS's executable lines (<c>loc.exec</c>, as <see cref="ExecutableLines"/>
    /// computes them) and its effective lines, from the one walk that yields all three.
    /// </summary>
    public static (double Volume, int ExecutableLines, int EffectiveLines) MsVolumeAndLineCounts(MemberContext member)
    {
        if (member.IsSemantic)
        {
            var halstead = MsHalstead.Over(member.OperationBlocks);
            return (halstead.Volume, (int)halstead.ExecutableLines, (int)halstead.EffectiveLines);
        }

        var (executable, effective) = MsSyntax.Lines(member.Declaration);
        return (MsSyntaxHalstead.Volume(member.Declaration), executable, effective);
    }

    /// <summary>
    /// Textbook Halstead over the tokens of the member's code (body, parameter defaults):
    /// identifiers and literals are operands (distinct by text), every other token is an operator
    /// (distinct by kind); closing brackets are not counted apart from their opening one. Syntax
    /// only, so identical in every mode.
    /// </summary>
    public static HalsteadMetrics Textbook(MemberContext member)
    {
        var counter = new TextbookCounter();
        foreach (var code in MsSyntax.CodeOf(member.Declaration))
        {
            foreach (var token in code.DescendantTokens())
            {
                counter.Add(token);
            }
        }

        return counter.Result;
    }

    /// <summary><see cref="Textbook"/> as a fold over the tokens of a member's code, in any order.</summary>
    internal sealed class TextbookCounter
    {
        private readonly HashSet<SyntaxKind> operators = [];
        private readonly HashSet<string> operands = new(StringComparer.Ordinal);
        private int totalOperators;
        private int totalOperands;

        public HalsteadMetrics Result => new(operators.Count, operands.Count, totalOperators, totalOperands);

        /// <summary>Forgets every token, keeping the sets' room, to count the next member.</summary>
        public void Clear()
        {
            operators.Clear();
            operands.Clear();
            totalOperators = 0;
            totalOperands = 0;
        }

        public void Add(SyntaxToken token)
        {
            var kind = token.Kind();
            if (kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBraceToken or SyntaxKind.CloseBracketToken or SyntaxKind.EndOfFileToken
                || token.IsMissing)
            {
                return;
            }

            if (kind is SyntaxKind.IdentifierToken || SyntaxFacts.IsLiteralExpression(kind) || kind is SyntaxKind.NumericLiteralToken
                or SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8StringLiteralToken)
            {
                totalOperands++;
                operands.Add(token.Text);
            }
            else
            {
                totalOperators++;
                operators.Add(kind);
            }
        }
    }
}
