using System.Buffers;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Scanning;

/// <summary>
/// A hash of everything in a set of files except member bodies (and the values of descriptive
/// assembly attributes such as the informational version). Binding a body depends only on
/// declarations, so two versions of a project with the same surface give every unchanged file the
/// same semantic measurements: the basis of incremental rescans.
/// </summary>
public static class DeclarationSurface
{
    /// <summary>The surface of <paramref name="trees"/>, each file named by its path.</summary>
    /// <param name="trees">The files.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static string Hash(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken) =>
        Hash(trees, static path => path, cancellationToken);

    /// <summary>
    /// The surface with each file named by <paramref name="pathOf"/>: repository-relative names keep
    /// the hash equal across copies of the repository (backfill scans each commit in a fresh folder).
    /// </summary>
    /// <param name="trees">The files.</param>
    /// <param name="pathOf">The name hashed for a file path.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static string Hash(IEnumerable<SyntaxTree> trees, Func<string, string> pathOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(pathOf);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // The same bytes as one AppendData per token, batched: a call per token cost more than the hashing.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        foreach (var (tree, path) in trees.Select(t => (t, pathOf(t.FilePath))).OrderBy(t => t.Item2, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Append(buffer, path);
            foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens(static node => !IsBody(node)))
            {
                Append(buffer, token.Text);
            }

            hash.AppendData(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Assembly attributes that only describe the assembly: their values cannot change how any body
    /// binds. The SDK generates them into every compilation, and SourceLink puts the commit into the
    /// informational version, so keeping their values would make every commit's surface new.
    /// </summary>
    private static readonly FrozenSet<string> DescriptiveAssemblyAttributes = new[]
    {
        "AssemblyCompany", "AssemblyConfiguration", "AssemblyCopyright", "AssemblyDescription", "AssemblyFileVersion",
        "AssemblyInformationalVersion", "AssemblyMetadata", "AssemblyProduct", "AssemblyTitle", "AssemblyTrademark",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A member body (block or arrow clause), or the arguments of a descriptive assembly attribute: not surface.</summary>
    internal static bool IsBody(SyntaxNode node) =>
        node is BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax }
        or ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax }
        || (node is AttributeArgumentListSyntax { Parent: AttributeSyntax { Parent: AttributeListSyntax { Target.Identifier.Text: "assembly" } } attribute }
            && IsDescriptive(attribute.Name));

    private static bool IsDescriptive(NameSyntax name)
    {
        var text = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return DescriptiveAssemblyAttributes.Contains(text.EndsWith("Attribute", StringComparison.Ordinal) ? text[..^"Attribute".Length] : text);
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var written = Encoding.UTF8.GetBytes(text, span);
        span[written] = 0;
        buffer.Advance(written + 1);
    }
}
