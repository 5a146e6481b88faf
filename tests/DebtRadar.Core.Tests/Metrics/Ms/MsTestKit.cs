using DebtRadar.Core.Metrics;
using DebtRadar.Core.Scanning;
using DebtRadar.Core.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Tests.Metrics.Ms;

/// <summary>Members and types of raw C# sources, in full mode (in-memory compilation) and syntax-only mode.</summary>
internal static class MsTestKit
{
    /// <summary>The member whose DebtRadar name is <paramref name="name"/> (e.g. <c>Run()</c>, <c>Value.get</c>), with its operation blocks.</summary>
    public static MemberContext Member(string source, string name, bool semantic = true)
    {
        var (tree, model) = Compile(source);
        var member = MemberDiscovery.Find(tree.GetRoot()).SelectMany(t => t.Members).Single(m => m.Name == name);
        return semantic
            ? new MemberContext
            {
                Declaration = member.Declaration,
                Kind = member.Kind,
                SemanticModel = model,
                OperationBlocks = OperationBlocks.For(member.Declaration, model, CancellationToken.None),
            }
            : new MemberContext { Declaration = member.Declaration, Kind = member.Kind };
    }

    /// <summary>The declaration of the type named <paramref name="name"/>, its symbol and model.</summary>
    public static (BaseTypeDeclarationSyntax Declaration, INamedTypeSymbol Symbol, SemanticModel Model) Type(string source, string name)
    {
        var (tree, model) = Compile(source);
        var declaration = tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().First(t => t.Identifier.ValueText == name);
        return (declaration, (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!, model);
    }

    private static (SyntaxTree Tree, SemanticModel Model) Compile(string source)
    {
        var project = TestProjects.Full("Ms", ("Ms.cs", source));
        var tree = project.Documents[0].Tree;
        return (tree, project.Compilation!.GetSemanticModel(tree));
    }
}
