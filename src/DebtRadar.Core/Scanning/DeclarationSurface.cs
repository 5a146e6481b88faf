using System.Collections.Frozen;
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
    /// <summary>
    /// The surface of a project's files indexed by declaration, built once: its <see cref="ProjectSurface.Hash"/>
    /// keys what depends on the whole project, and the engine derives each file's result key from the
    /// same index (docs/decisions/0049-per-file-result-keys.md).
    /// </summary>
    /// <param name="trees">The files, in compilation order.</param>
    /// <param name="pathOf">
    /// The name hashed for a file path: repository-relative names keep the hash equal across copies
    /// and worktrees of the repository.
    /// </param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static ProjectSurface Index(IReadOnlyList<SyntaxTree> trees, Func<string, string> pathOf, CancellationToken cancellationToken) =>
        new(SemanticContextIndex.Build(trees, pathOf, cancellationToken));

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
}

/// <summary>A project's declaration surface, indexed once (<see cref="DeclarationSurface.Index"/>).</summary>
public sealed class ProjectSurface
{
    internal ProjectSurface(SemanticContextIndex index) => Context = index;

    /// <summary>A hash of the whole surface, files in path order.</summary>
    public string Hash => Context.SurfaceHash;

    internal SemanticContextIndex Context { get; }
}
