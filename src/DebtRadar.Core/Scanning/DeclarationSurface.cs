using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// A hash of everything in a set of files except member bodies. Binding a body depends only on
/// declarations, so two versions of a project with the same surface give every unchanged file the
/// same semantic measurements: the basis of incremental rescans.
/// </summary>
internal static class DeclarationSurface
{
    public static string Hash(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var tree in trees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Append(hash, tree.FilePath);
            foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens(static node => !IsBody(node)))
            {
                Append(hash, token.Text);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsBody(SyntaxNode node) =>
        node is BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax }
        or ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax };

    private static void Append(IncrementalHash hash, string text)
    {
        Span<byte> buffer = stackalloc byte[256];
        var bytes = text.Length * 3 <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(text, buffer)] : Encoding.UTF8.GetBytes(text);
        hash.AppendData(bytes);
        hash.AppendData([0]);
    }
}
