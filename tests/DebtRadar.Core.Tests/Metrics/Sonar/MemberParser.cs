using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Tests.Metrics.Sonar;

/// <summary>Parses a C# snippet and finds a declaration in it by name, for syntax-only metric tests.</summary>
internal static class MemberParser
{
    public static SyntaxNode Root(string code) =>
        CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview)).GetRoot();

    /// <summary>The method, local function, constructor, property or accessor (<c>Name.get</c>) called <paramref name="name"/>.</summary>
    public static SyntaxNode Find(string code, string name)
    {
        var root = Root(code);
        var parts = name.Split('.');
        if (parts.Length == 2)
        {
            var owner = root.DescendantNodes().OfType<BasePropertyDeclarationSyntax>().Single(p => NameOf(p) == parts[0]);
            return owner.AccessorList!.Accessors.Single(a => a.Keyword.ValueText == parts[1]);
        }

        return root.DescendantNodes().Single(n => NameOf(n) == name);
    }

    private static string? NameOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        LocalFunctionStatementSyntax l => l.Identifier.ValueText,
        ConstructorDeclarationSyntax c => c.Identifier.ValueText,
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        EventDeclarationSyntax e => e.Identifier.ValueText,
        IndexerDeclarationSyntax => "this",
        OperatorDeclarationSyntax o => "operator" + o.OperatorToken.ValueText,
        _ => null,
    };
}
