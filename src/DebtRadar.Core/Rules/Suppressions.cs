using System.Buffers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

    /// <summary>The <c>#pragma warning</c> directives found, in source order: where, disable or restore, which ids (null: all).</summary>
    internal IReadOnlyList<(int Position, bool Disable, HashSet<string>? Ids)> Pragmas => pragmas;

    public static Suppressions For(SyntaxNode root)
    {
        var result = new Suppressions();
        if (!root.ContainsDirectives)
        {
            return result; // most files: no directive at all, known without reading the text
        }

        var text = root.SyntaxTree.GetText();
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            text.CopyTo(0, buffer, 0, text.Length);
            result.AddPragmas(root, buffer.AsSpan(0, text.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return result;
    }

    // The text is searched for the word a pragma directive spells, and each place is looked up in the
    // tree: Roslyn's directive chain finds the next directive by visiting every token in between, so
    // following it costs a walk of the whole file once a file holds any directive (#region, #if).
    // A place inside a comment, a string or disabled text is trivia of another sort, or no trivia; a
    // directive that spells the word twice (`#pragma warning disable X // pragma`) is taken once.
    private void AddPragmas(SyntaxNode root, ReadOnlySpan<char> text)
    {
        const string Word = "pragma";
        var lastDirective = -1;
        for (var at = text.IndexOf(Word, StringComparison.Ordinal); at >= 0; at = NextIndexOf(text, Word, at + Word.Length))
        {
            if (!root.FullSpan.Contains(at)
                || root.FindTrivia(at).GetStructure() is not PragmaWarningDirectiveTriviaSyntax directive
                || directive.SpanStart == lastDirective)
            {
                continue;
            }

            lastDirective = directive.SpanStart;
            var ids = directive.ErrorCodes.Count == 0
                ? null
                : directive.ErrorCodes.Select(c => Normalise(c.ToString().Trim())).ToHashSet(StringComparer.OrdinalIgnoreCase);
            pragmas.Add((directive.SpanStart, directive.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword), ids));
        }
    }

    private static int NextIndexOf(ReadOnlySpan<char> text, string word, int from)
    {
        var found = text[from..].IndexOf(word, StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
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
