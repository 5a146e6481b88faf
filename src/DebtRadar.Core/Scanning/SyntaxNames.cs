using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// Names of types and members as DebtRadar writes them, built from syntax alone so that full and
/// syntax-only scans, and every commit of the history, agree on a member's identity.
/// </summary>
internal static class SyntaxNames
{
    /// <summary><c>Ns.Outer&lt;T&gt;.Inner</c>: namespace, containing types, the type with its type parameters.</summary>
    public static string QualifiedTypeName(MemberDeclarationSyntax type)
    {
        var parts = new List<string>();
        for (SyntaxNode? node = type; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax t:
                    parts.Add(TypeDisplayName(t));
                    break;
                case DelegateDeclarationSyntax d:
                    parts.Add(d.TypeParameterList is { } dtps
                        ? $"{d.Identifier.ValueText}<{string.Join(", ", dtps.Parameters.Select(p => p.Identifier.ValueText))}>"
                        : d.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Add(ns.Name.ToString());
                    break;
            }
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    /// <summary>The namespace that contains a declaration, nested namespaces joined; empty for the global one.</summary>
    public static string NamespaceOf(SyntaxNode node)
    {
        var parts = new List<string>();
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseNamespaceDeclarationSyntax ns)
            {
                parts.Add(ns.Name.ToString());
            }
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    public static string TypeDisplayName(BaseTypeDeclarationSyntax type) =>
        type is TypeDeclarationSyntax { TypeParameterList: { } tps }
            ? $"{type.Identifier.ValueText}<{string.Join(", ", tps.Parameters.Select(p => p.Identifier.ValueText))}>"
            : type.Identifier.ValueText;

    /// <summary><c>(string, ref int, List&lt;T&gt;)</c>: parameter types as written, modifiers that change the signature kept.</summary>
    public static string ParameterList(BaseParameterListSyntax? parameters)
    {
        if (parameters is null)
        {
            return "()";
        }

        var builder = new StringBuilder();
        builder.Append(parameters is BracketedParameterListSyntax ? '[' : '(');
        var first = true;
        foreach (var parameter in parameters.Parameters)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            foreach (var modifier in parameter.Modifiers)
            {
                if (modifier.IsKind(SyntaxKind.RefKeyword) || modifier.IsKind(SyntaxKind.OutKeyword) || modifier.IsKind(SyntaxKind.InKeyword))
                {
                    builder.Append(modifier.ValueText).Append(' ');
                }
            }

            builder.Append(parameter.Type is null ? parameter.Identifier.ValueText : Compact(parameter.Type));
        }

        builder.Append(parameters is BracketedParameterListSyntax ? ']' : ')');
        return builder.ToString();
    }

    /// <summary>A type as written, whitespace normalised (<c>Dictionary&lt;string, int&gt;</c>).</summary>
    public static string Compact(TypeSyntax type) => type switch
    {
        // One token has no whitespace to normalise: spare most parameters a rewritten copy of the type.
        PredefinedTypeSyntax predefined => predefined.Keyword.Text,
        IdentifierNameSyntax identifier => identifier.Identifier.Text,
        _ => Spelled(type) ?? Normalized(type),
    };

    /// <summary>
    /// What <see cref="Normalized"/> makes of a type built only of names, type arguments, <c>?</c>,
    /// <c>*</c> and one-dimensional array ranks, without rewriting it: its tokens, a space after each
    /// comma. Null for any other type (tuples, function pointers, multi-dimensional ranks, omitted
    /// type arguments), for a type with a missing token, and for one with a comment or directive
    /// inside, which normalising keeps.
    /// </summary>
    internal static string? Spelled(TypeSyntax type)
    {
        if (type.ContainsDiagnostics || type.ContainsDirectives)
        {
            return null;
        }

        foreach (var node in type.DescendantNodesAndSelf())
        {
            var spelled = node switch
            {
                PredefinedTypeSyntax or IdentifierNameSyntax or GenericNameSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax
                    or NullableTypeSyntax or PointerTypeSyntax or ArrayTypeSyntax or OmittedArraySizeExpressionSyntax => true,
                TypeArgumentListSyntax arguments => !arguments.Arguments.Any(a => a is OmittedTypeArgumentSyntax),
                ArrayRankSpecifierSyntax rank => rank.Sizes is [OmittedArraySizeExpressionSyntax],
                _ => false,
            };
            if (!spelled)
            {
                return null;
            }
        }

        var builder = new StringBuilder();
        var first = type.GetFirstToken();
        var last = type.GetLastToken();
        var previous = SyntaxKind.None;
        foreach (var token in type.DescendantTokens())
        {
            // The type's own leading and trailing trivia are not part of it (WithoutTrivia).
            if ((token != first && !IsWhitespace(token.LeadingTrivia)) || (token != last && !IsWhitespace(token.TrailingTrivia)))
            {
                return null;
            }

            // The normaliser puts a space between `?` or `*` and a rank (`int? []`); only `>` and `,` are known to follow them tightly.
            if (previous is SyntaxKind.QuestionToken or SyntaxKind.AsteriskToken && !token.IsKind(SyntaxKind.GreaterThanToken) && !token.IsKind(SyntaxKind.CommaToken))
            {
                return null;
            }

            previous = token.Kind();

            builder.Append(token.Text);
            if (token.IsKind(SyntaxKind.CommaToken))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static bool IsWhitespace(SyntaxTriviaList trivia)
    {
        foreach (var piece in trivia)
        {
            if (!piece.IsKind(SyntaxKind.WhitespaceTrivia) && !piece.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return false;
            }
        }

        return true;
    }

    // Normalising rewrites a copy of the type, and a file names the same few types over and over:
    // the result is remembered per thread by the type's text (the text decides the type's tokens and
    // trivia, and so what normalising makes of them).
    [ThreadStatic]
    private static Dictionary<string, string>? normalized;

    internal static string Normalized(TypeSyntax type)
    {
        var cache = normalized ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var written = type.ToString();
        if (!cache.TryGetValue(written, out var normal))
        {
            if (cache.Count >= 4096)
            {
                cache.Clear();
            }

            normal = type.WithoutTrivia().NormalizeWhitespace().ToString();
            cache.Add(written, normal);
        }

        return normal;
    }

    /// <summary>The 1-based line of a token.</summary>
    public static int LineOf(SyntaxToken token) => token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>1-based first and last line of a declaration, its attribute lists left out.</summary>
    public static (int Start, int End) LinesOf(SyntaxNode node)
    {
        var firstToken = node.GetFirstToken();
        while (firstToken.Parent is { } parent && parent.FirstAncestorOrSelf<AttributeListSyntax>() is { } list && list.Parent == node)
        {
            firstToken = list.GetLastToken().GetNextToken();
        }

        var span = node.SyntaxTree.GetLineSpan(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(firstToken.SpanStart, node.Span.End));
        return (span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1);
    }
}
