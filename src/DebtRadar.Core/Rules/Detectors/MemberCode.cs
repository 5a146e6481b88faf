using DebtRadar.Core.Metrics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DebtRadar.Core.Rules.Detectors;

/// <summary>What idiom detectors look at inside a member: its syntax and its already-bound operations.</summary>
internal static class MemberCode
{
    /// <summary>The member's own code; a primary constructor's declaration is its type, whose members are measured on their own.</summary>
    public static IEnumerable<SyntaxNode> Nodes(MemberContext member) =>
        member.Declaration is BaseTypeDeclarationSyntax ? [] : member.Declaration.DescendantNodes();

    /// <summary>The member's own nodes of sort <typeparamref name="T"/>, from the file's shared walk when there is one.</summary>
    public static IEnumerable<T> Nodes<T>(MemberContext member)
        where T : SyntaxNode =>
        member.Declaration is BaseTypeDeclarationSyntax ? []
        : member.Syntax is { } index ? index.Within<T>(member.Declaration)
        : member.Declaration.DescendantNodes().OfType<T>();

    /// <summary>Every operation of the member's bound blocks (empty in syntax-only mode).</summary>
    public static IEnumerable<IOperation> Operations(MemberContext member) =>
        member.Declaration is BaseTypeDeclarationSyntax ? [] : member.OperationBlocks.SelectMany(b => b.DescendantsAndSelf());

    /// <summary>Whether the nearest function around <paramref name="node"/> (method, local function, lambda) is async.</summary>
    public static bool InAsyncFunction(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax lambda: return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax local: return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MethodDeclarationSyntax method: return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MemberDeclarationSyntax: return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <c>System.Threading.Tasks.Task</c>, <c>ValueTask</c> or their generic forms.</summary>
    public static bool IsTask(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && named.OriginalDefinition.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
        && named.Name is "Task" or "ValueTask";

    /// <summary>Whether <paramref name="type"/> is <c>System.Threading.CancellationToken</c>.</summary>
    public static bool IsCancellationToken(ITypeSymbol? type) =>
        type is { Name: "CancellationToken" } && type.ContainingNamespace?.ToDisplayString() == "System.Threading";

    /// <summary>Whether <paramref name="type"/> is the named type <c>ns.name</c>.</summary>
    public static bool Is(ITypeSymbol? type, string ns, string name) =>
        type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;

    /// <summary>The name an invocation calls, from syntax: <c>x.Foo&lt;T&gt;()</c> → Foo.</summary>
    public static string CalledName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => string.Empty,
    };
}
