using System.Buffers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DebtRadar.Core.Rules;

/// <summary>
/// In-source suppressions the way .NET developers write them: <c>#pragma warning disable DR1001</c>
/// (and restore), and <c>[SuppressMessage("DebtRadar", "DR1001:…")]</c> on an enclosing member or
/// type. Read from syntax, so they work in syntax-only scans too; as in Roslyn, the category of
/// <c>SuppressMessage</c> is not compared, only the check id.
/// </summary>
internal sealed class Suppressions
{
    private readonly List<(int Position, bool Disable, HashSet<string>? Ids)> pragmas = [];

    private Suppressions()
    {
    }

    public static Suppressions For(SyntaxNode root)
    {
        var result = new Suppressions();
        if (!root.ContainsDirectives || !MayHoldPragma(root.SyntaxTree.GetText()))
        {
            return result; // most files: no directive at all, or none a pragma, known without walking the tree
        }

        // Roslyn's directive chain visits only the subtrees that hold directives, in source order.
        for (var next = root.GetFirstDirective(); next is not null; next = next.GetNextDirective())
        {
            if (next is not PragmaWarningDirectiveTriviaSyntax directive)
            {
                continue;
            }

            var ids = directive.ErrorCodes.Count == 0
                ? null
                : directive.ErrorCodes.Select(c => Normalise(c.ToString().Trim())).ToHashSet(StringComparer.OrdinalIgnoreCase);
            result.pragmas.Add((directive.SpanStart, directive.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword), ids));
        }

        return result;
    }

    // Directives other than pragmas (#region, #if) are common; a file that never spells "pragma" holds no pragma.
    private static bool MayHoldPragma(SourceText text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            text.CopyTo(0, buffer, 0, text.Length);
            return buffer.AsSpan(0, text.Length).IndexOf("pragma", StringComparison.Ordinal) >= 0;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>As the compiler reads them, bare numbers are C# compiler warnings: 618 and 0618 are CS0618.</summary>
    private static string Normalise(string code) =>
        code.Length > 0 && code.All(char.IsAsciiDigit) && int.TryParse(code, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? $"CS{number:D4}"
            : code;

    /// <summary>Whether <paramref name="ruleId"/> is suppressed at <paramref name="position"/>, inside <paramref name="node"/> if known.</summary>
    public bool IsSuppressed(string ruleId, int position, SyntaxNode? node)
    {
        var disabled = false;
        foreach (var (at, disable, ids) in pragmas)
        {
            if (at > position)
            {
                break;
            }

            if (ids is null || ids.Contains(ruleId))
            {
                disabled = disable;
            }
        }

        return disabled || (node is not null && HasSuppressMessage(node, ruleId));
    }

    /// <summary>Whether a declaration enclosing <paramref name="node"/> (or the node itself) carries a matching SuppressMessage.</summary>
    public static bool HasSuppressMessage(SyntaxNode node, string ruleId)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            var lists = ancestor switch
            {
                MemberDeclarationSyntax member => member.AttributeLists,
                AccessorDeclarationSyntax accessor => accessor.AttributeLists,
                _ => default,
            };
            foreach (var attribute in lists.SelectMany(l => l.Attributes))
            {
                if (IsSuppressMessage(attribute, ruleId))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSuppressMessage(AttributeSyntax attribute, string ruleId)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => string.Empty,
        };
        if (name is not ("SuppressMessage" or "SuppressMessageAttribute") || attribute.ArgumentList is not { Arguments.Count: >= 2 } args)
        {
            return false;
        }

        if (args.Arguments[1].Expression is not LiteralExpressionSyntax { Token.Value: string checkId })
        {
            return false;
        }

        var id = checkId.Split(':', 2)[0].Trim();
        return string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase);
    }
}
