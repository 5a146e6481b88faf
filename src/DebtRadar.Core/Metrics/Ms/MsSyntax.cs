using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Metrics.Ms;

/// <summary>
/// Syntax-only approximations of the MS metrics, for when there is no semantic model. They follow
/// MS's rules node by node where syntax can tell, and guess where only types could (documented in
/// docs/reference-agreement-ms.md).
/// </summary>
internal static class MsSyntax
{
    /// <summary>The code of a member as MS would walk it: body or arrow clause, parameter defaults, attributes.</summary>
    public static IEnumerable<SyntaxNode> CodeOf(SyntaxNode declaration)
    {
        switch (declaration)
        {
            case TypeDeclarationSyntax type:
                // A primary constructor: only its parameter defaults are its own code.
                foreach (var p in type.ParameterList?.Parameters ?? default)
                {
                    if (p.Default is not null)
                    {
                        yield return p.Default;
                    }
                }

                yield break;
            case BasePropertyDeclarationSyntax property:
                if (property is PropertyDeclarationSyntax { ExpressionBody: { } pa })
                {
                    yield return pa;
                }
                else if (property is IndexerDeclarationSyntax { ExpressionBody: { } ia })
                {
                    yield return ia;
                }

                yield break;
            default:
                foreach (var child in declaration.ChildNodes())
                {
                    if (child is BlockSyntax or ArrowExpressionClauseSyntax or ConstructorInitializerSyntax)
                    {
                        yield return child;
                    }
                    else if (child is ParameterListSyntax list)
                    {
                        foreach (var p in list.Parameters)
                        {
                            if (p.Default is not null)
                            {
                                yield return p.Default;
                            }
                        }
                    }
                }

                yield break;
        }
    }

    public static bool HasBody(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax m => m.Body is not null || m.ExpressionBody is not null,
        AccessorDeclarationSyntax a => a.Body is not null || a.ExpressionBody is not null,
        PropertyDeclarationSyntax p => p.ExpressionBody is not null,
        IndexerDeclarationSyntax i => i.ExpressionBody is not null,
        _ => false,
    };

    public static int Cyclomatic(SyntaxNode declaration)
    {
        var cc = HasBody(declaration) ? 1 : 0;
        foreach (var code in CodeOf(declaration))
        {
            cc += ConditionalLogic(code);
        }

        return cc;
    }

    public static int ConditionalLogic(SyntaxNode code)
    {
        var count = 0;
        foreach (var node in code.DescendantNodesAndSelf())
        {
            count += ConditionalLogicOf(node);
        }

        return count;
    }

    /// <summary>What one node of a member's code adds to <see cref="Cyclomatic"/>: 1 for a branch, else 0.</summary>
    public static int ConditionalLogicOf(SyntaxNode node) => node.Kind() switch
    {
        SyntaxKind.IfStatement or SyntaxKind.ConditionalExpression
            or SyntaxKind.CaseSwitchLabel or SyntaxKind.CasePatternSwitchLabel or SyntaxKind.DefaultSwitchLabel
            or SyntaxKind.ForStatement or SyntaxKind.ForEachStatement or SyntaxKind.ForEachVariableStatement
            or SyntaxKind.WhileStatement or SyntaxKind.DoStatement
            or SyntaxKind.CoalesceExpression or SyntaxKind.ConditionalAccessExpression
            or SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression => 1,
        SyntaxKind.BitwiseAndExpression or SyntaxKind.BitwiseOrExpression
            when node is BinaryExpressionSyntax b && (IsObviouslyBool(b.Left) || IsObviouslyBool(b.Right)) => 1,
        _ => 0,
    };

    /// <summary>An expression whose type is bool by its form alone.</summary>
    public static bool IsObviouslyBool(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax p => IsObviouslyBool(p.Expression),
        LiteralExpressionSyntax l => l.Kind() is SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression,
        PrefixUnaryExpressionSyntax u => u.Kind() == SyntaxKind.LogicalNotExpression,
        IsPatternExpressionSyntax => true,
        BinaryExpressionSyntax b => b.Kind() switch
        {
            SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.EqualsExpression
                or SyntaxKind.NotEqualsExpression or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
                or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.IsExpression => true,
            SyntaxKind.BitwiseAndExpression or SyntaxKind.BitwiseOrExpression or SyntaxKind.ExclusiveOrExpression => IsObviouslyBool(b.Left) || IsObviouslyBool(b.Right),
            _ => false,
        },
        _ => false,
    };

    /// <summary>MS's executable lines by syntax, and the effective lines MI uses (one more per parameter default).</summary>
    public static (int Executable, int Effective) Lines(SyntaxNode declaration)
    {
        var executable = 0;
        var initializers = 0;
        foreach (var code in CodeOf(declaration))
        {
            if (code is EqualsValueClauseSyntax)
            {
                executable++;
                initializers++;
                continue;
            }

            if (code is ArrowExpressionClauseSyntax)
            {
                executable++;
            }

            foreach (var node in code.DescendantNodes())
            {
                executable += ExecutableLinesOf(node);
            }
        }

        executable += AttributeLines(declaration);
        return (executable, executable + initializers);
    }

    /// <summary>
    /// What one node below a code root (<see cref="CodeOf"/>, parameter defaults excepted) adds to
    /// the executable lines of <see cref="Lines"/>.
    /// </summary>
    public static int ExecutableLinesOf(SyntaxNode node) => node switch
    {
        StatementSyntax statement when statement.Parent is BlockSyntax && CountsAsLine(statement) => 1,
        LambdaExpressionSyntax { ExpressionBody: not null } => 1,
        LocalFunctionStatementSyntax { ExpressionBody: not null } => 1,
        ConditionalExpressionSyntax { Parent: ConditionalExpressionSyntax } => 1,
        IfStatementSyntax { Parent: ElseClauseSyntax } => 1,
        _ => 0,
    };

    /// <summary>The executable lines of <see cref="Lines"/> that a member's own attributes add: one per attribute.</summary>
    public static int AttributeLines(SyntaxNode declaration)
    {
        var lines = 0;
        foreach (var list in AttributeListsOf(declaration))
        {
            lines += list.Attributes.Count;
        }

        return lines;
    }

    private static SyntaxList<AttributeListSyntax> AttributeListsOf(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax m => m.AttributeLists,
        AccessorDeclarationSyntax a => a.AttributeLists,
        _ => default,
    };

    // A type written to declare something (`int x;`, a lambda's parameter type) is no code.
    private static bool IsTypeAnnotation(SyntaxNode node) =>
        node is TypeSyntax && node.Parent is VariableDeclarationSyntax or ParameterSyntax or LocalFunctionStatementSyntax
            or DeclarationExpressionSyntax or ForEachStatementSyntax or CatchDeclarationSyntax;

    // MS counts a statement of a block when some explicit part of it has a value, a type or is a jump.
    private static bool CountsAsLine(StatementSyntax statement)
    {
        if (statement is BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax)
        {
            return true;
        }

        foreach (var node in statement.DescendantNodes(n => !IsTypeAnnotation(n)))
        {
            if (node is BreakStatementSyntax or ContinueStatementSyntax or GotoStatementSyntax)
            {
                return true;
            }

            if (node is ExpressionSyntax && !IsTypeAnnotation(node))
            {
                return true;
            }
        }

        return false;
    }
}
